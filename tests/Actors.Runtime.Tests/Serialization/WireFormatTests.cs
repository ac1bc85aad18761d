using Actors.Runtime.Serialization;

namespace Actors.Runtime.Tests.Serialization;

public sealed class WireFormatTests
{
    [Fact]
    public void A_type_without_a_serializer_fails_naming_it_and_the_fix()
    {
        var error = Assert.Throws<CodecNotFoundException>(() => Serializer.SerializeToArray(new NotSerializable()));

        Assert.Contains(typeof(NotSerializable).FullName!, error.Message);
        Assert.Contains("[GenerateSerializer]", error.Message);
        Assert.Throws<CodecNotFoundException>(() => Serializer.Deserialize<NotSerializable>(new byte[] { 4, 7 }));
        Assert.Throws<CodecNotFoundException>(() => Serializer.DeepCopy(new NotSerializable()));
        Assert.Throws<CodecNotFoundException>(() => Serializer.SerializeToArray(new List<NotSerializable> { new() }));
    }

    [Fact]
    public void A_payload_naming_an_unknown_type_fails_naming_it()
    {
        // Field 0, typed object, name "Nope.Missing", end-object marker.
        byte[] payload = [5, 12, .. "Nope.Missing"u8, 7];

        var error = Assert.Throws<CodecNotFoundException>(() => Serializer.Deserialize<object>(payload));

        Assert.Contains("Nope.Missing", error.Message);
    }

    [Fact]
    public void Truncated_payloads_fail_with_a_wire_format_exception()
    {
        var payload = Serializer.SerializeToArray(new JobPost { Title = "title", Skills = ["a", "b"] });

        for (var length = 0; length < payload.Length; length++)
        {
            Assert.Throws<WireFormatException>(() => Serializer.Deserialize<JobPost>(payload.AsSpan(0, length)));
        }
    }

    [Fact]
    public void Trailing_bytes_and_mismatched_wire_types_are_rejected()
    {
        byte[] withTrailer = [.. Serializer.SerializeToArray(5), 0];
        Assert.Throws<WireFormatException>(() => Serializer.Deserialize<int>(withTrailer));

        var text = Serializer.SerializeToArray("text");
        var error = Assert.Throws<WireFormatException>(() => Serializer.Deserialize<int>(text));
        Assert.Contains("Int32", error.Message);

        Assert.Throws<WireFormatException>(() => Serializer.Deserialize<byte>(Serializer.SerializeToArray(256)));
    }

    [Fact]
    public void A_collection_claiming_more_items_than_the_payload_holds_is_rejected_before_allocating()
    {
        // Field 0 start-object, count field = 2^40, end.
        byte[] payload = [4, 0, 0x80, 0x80, 0x80, 0x80, 0x80, 0x20, 7];

        Assert.Throws<WireFormatException>(() => Serializer.Deserialize<List<int>>(payload));
    }

    [Fact]
    public void Nesting_deeper_than_the_limit_is_rejected_when_reading()
    {
        var payload = new List<byte>();
        for (var i = 0; i <= Serializer.MaxDepth; i++)
        {
            payload.AddRange([(byte)(i == 0 ? 4 : (1 << 3) | 4)]); // field 0 (then Next = field 1) start-object
        }

        Assert.Throws<WireFormatException>(() => Serializer.Deserialize<Node>(payload.ToArray()));
    }
}

using Actors.Runtime.Serialization;

namespace Actors.Runtime.Tests.Serialization;

public sealed class GeneratedCodecTests
{
    [Fact]
    public void A_class_with_settable_properties_round_trips_its_id_members_only()
    {
        var post = new JobPost
        {
            Id = Guid.NewGuid(),
            Title = "Build a marketplace",
            Budget = new Money(500_00, "USD"),
            Skills = ["c#", "postgres"],
            Counts = new Dictionary<string, int> { ["views"] = 12 },
            Status = JobStatus.Open,
            PostedAt = new DateTime(2025, 5, 1, 9, 30, 0, DateTimeKind.Utc),
            Hours = 40,
            Bonus = null,
            Notes = null,
            NotSerialized = "changed",
        };

        var copy = RoundTrip(post);

        Assert.Equal(post.Id, copy.Id);
        Assert.Equal(post.Title, copy.Title);
        Assert.Equal(post.Budget, copy.Budget);
        Assert.Equal(post.Skills, copy.Skills);
        Assert.Equal(post.Counts, copy.Counts);
        Assert.Equal(post.Status, copy.Status);
        Assert.Equal(post.PostedAt, copy.PostedAt);
        Assert.Equal(post.Hours, copy.Hours);
        Assert.Null(copy.Bonus);
        Assert.Null(copy.Notes);
        Assert.Equal("initial", copy.NotSerialized);
    }

    [Fact]
    public void Positional_records_round_trip()
    {
        Assert.Equal(new Money(-1, "EUR"), RoundTrip(new Money(-1, "EUR")));
        Assert.Equal(new Offer("hello", 7), RoundTrip(new Offer("hello", 7)));
        Assert.Equal(new Outer.Inner(3), RoundTrip(new Outer.Inner(3)));
    }

    [Fact]
    public void Structs_and_record_structs_round_trip()
    {
        var coordinates = new Coordinates { Latitude = 52.23, Longitude = 21.01 };
        Assert.Equal(coordinates, RoundTrip(coordinates));
        Assert.Equal(new Rate(12.5m, "PLN"), RoundTrip(new Rate(12.5m, "PLN")));
        Assert.Equal([1, 2], RoundTrip(new Tally { Counts = [1, 2] }).Counts);
    }

    [Fact]
    public void Init_only_and_required_members_round_trip()
    {
        var milestone = new Milestone { Title = "Design", Amount = 250m, Deadlines = [DateTimeOffset.UnixEpoch] };

        var copy = RoundTrip(milestone);

        Assert.Equal("Design", copy.Title);
        Assert.Equal(250m, copy.Amount);
        Assert.Equal([DateTimeOffset.UnixEpoch], copy.Deadlines.ToArray());
    }

    [Fact]
    public void A_class_is_built_through_a_constructor_named_after_its_members()
    {
        var copy = RoundTrip(new Account("ada", 1_000));

        Assert.Equal("ada", copy.Owner);
        Assert.Equal(1_000, copy.Balance);
    }

    [Fact]
    public void A_request_class_with_public_fields_round_trips()
    {
        var message = new InvokeMessage { Arg0 = 7, Arg1 = null, Arg2 = [new Money(1, "USD")], @class = 3 };

        var copy = RoundTrip(message);

        Assert.Equal(7, copy.Arg0);
        Assert.Null(copy.Arg1);
        Assert.Equal([new Money(1, "USD")], copy.Arg2!);
        Assert.Equal(3, copy.@class);
    }

    [Fact]
    public void Null_members_and_null_values_round_trip()
    {
        Assert.Null(RoundTrip<Money?>(null));
        Assert.Null(RoundTrip(new InvokeMessage()).Arg2);
        Assert.Null(RoundTrip(new Node { Value = 1 }).Next);
    }

    [Fact]
    public void Nested_values_round_trip()
    {
        var list = new Node { Value = 1, Next = new Node { Value = 2, Next = new Node { Value = 3 } } };

        var copy = RoundTrip(list);

        Assert.Equal(3, copy.Next!.Next!.Value);
        Assert.Null(copy.Next.Next.Next);
    }

    [Fact]
    public void A_payload_is_compact()
    {
        // Header + start, two fields (id/varint and id/length + "USD"), end marker.
        Assert.Equal(9, Serializer.SerializeToArray(new Money(5, "USD")).Length);
        Assert.Equal(2, Serializer.SerializeToArray(0).Length); // header and a one-byte varint
    }

    private static T RoundTrip<T>(T value) => Serializer.Deserialize<T>(Serializer.SerializeToArray(value));
}

using System.Buffers;
using System.Text;
using System.Text.Json;
using Actors.GraphQL.Execution;

namespace Actors.GraphQL.Tests.Execution;

public sealed class ExecutionResultWriterTests
{
    [Fact]
    public void Floats_with_a_fraction_are_written_in_their_shortest_round_trip_form()
    {
        var random = new Random(20261122);
        var numbers = new List<double> { 0.1, 0.2, 0.1 + 0.2, 1.0 / 3, 112.5, -57.25, 0.001, 0.0015, 0.0001, 0.00001, 999_999_999.5, 1e9 + 0.5, 123_456.789012, 5e-324 };
        for (var i = 0; i < 20_000; i++)
        {
            var fractionDigits = random.Next(1, 9);
            var units = random.NextInt64(1, (long)Math.Pow(10, random.Next(1, 16)));
            numbers.Add((random.Next(2) == 0 ? -1 : 1) * units / Math.Pow(10, fractionDigits));
            numbers.Add(random.NextDouble() * Math.Pow(10, random.Next(-5, 12)));
        }

        var map = new ResultMap();
        map.Add("numbers", numbers.Select(number => (object?)number).ToArray());
        using var written = JsonDocument.Parse(ExecutionResultWriter.ToUtf8Bytes(ExecutionResult.Executed(map)));

        var items = written.RootElement.GetProperty("data").GetProperty("numbers").EnumerateArray().ToList();
        for (var i = 0; i < numbers.Count; i++)
        {
            Assert.Equal(ShortestRoundTrip(numbers[i]), items[i].GetRawText());
        }
    }

    [Fact]
    public void Every_kind_of_value_is_written_as_a_utf8_json_writer_with_default_options_writes_it()
    {
        var strings = Enumerable.Range(0, 128).Select(code => $"a{(char)code}b").Concat(["", "Müller", "日本", "😀", "line\nbreak", "<tag> & 'quote' \"double\" +`"]);
        var inner = new ResultMap();
        inner.Add("ключ", "значение");
        inner.Add("n", 1);
        var map = new ResultMap();
        map.Add("strings", strings.Cast<object?>().ToArray());
        map.Add("numbers", new object?[] { 0, -1, int.MaxValue, int.MinValue, long.MaxValue, long.MinValue, 0.5, -0.0, 1e300, 12.25m, -0.001m });
        map.Add("other", new object?[] { null, true, false, inner, new Dictionary<string, object?> { ["k"] = new[] { 1, 2 } }, JsonDocument.Parse("""{"x":[1,"\u00e9"]}""").RootElement });
        map.Add("nested", new object?[] { new object?[] { new object?[] { } }, new List<object?> { "a", null } });
        var result = ExecutionResult.Executed(
            map,
            [new Errors.GraphQLError("Bad <thing>", null, ["a", 0, "b"], new Dictionary<string, object?> { ["code"] = "X" })],
            new Dictionary<string, object?> { ["cost"] = 3.5 });

        var expected = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(expected))
        {
            ExecutionResultWriter.Write(writer, result);
        }

        Assert.Equal(Encoding.UTF8.GetString(expected.WrittenSpan), Encoding.UTF8.GetString(ExecutionResultWriter.ToUtf8Bytes(result)));
    }

    /// <summary>The number as <see cref="Utf8JsonWriter"/> writes a double, or as an integer when it is whole (as JavaScript writes it).</summary>
    private static string ShortestRoundTrip(double number)
    {
        if (number == Math.Floor(number) && Math.Abs(number) < 1e15)
        {
            return ((long)number).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteNumberValue(number);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}

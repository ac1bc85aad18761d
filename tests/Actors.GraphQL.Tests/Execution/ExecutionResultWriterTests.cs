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

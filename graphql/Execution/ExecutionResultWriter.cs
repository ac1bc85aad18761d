using System.Globalization;
using System.Text.Json;
using Actors.GraphQL.Errors;

namespace Actors.GraphQL.Execution;

/// <summary>Writes an <see cref="ExecutionResult"/> as the spec's response JSON: errors, then data, then extensions.</summary>
public static class ExecutionResultWriter
{
    /// <summary>
    /// The first capacity of a response's pooled buffer. Large enough for most responses (tens of KB for a page of lists),
    /// because growing copies what was written; renting it costs the same as renting less, and only what is written is touched.
    /// </summary>
    private const int ResponseBufferCapacity = 64 * 1024;

    public static void Write(Utf8JsonWriter writer, ExecutionResult result)
    {
        writer.WriteStartObject();
        if (result.Errors is { Count: > 0 } errors)
        {
            writer.WritePropertyName("errors");
            WriteErrors(writer, errors);
        }

        if (result.HasData)
        {
            writer.WritePropertyName("data");
            WriteValue(writer, result.Data);
        }

        if (result.Extensions is { Count: > 0 } extensions)
        {
            writer.WritePropertyName("extensions");
            WriteValue(writer, extensions);
        }

        writer.WriteEndObject();
    }

    /// <summary>The result as a UTF-8 JSON byte array.</summary>
    public static byte[] ToUtf8Bytes(ExecutionResult result)
    {
        using var buffer = WriteToPooledBuffer(result);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>The result as UTF-8 JSON in a pooled buffer, which the caller copies out and then disposes.</summary>
    internal static PooledBufferWriter WriteToPooledBuffer(ExecutionResult result)
    {
        var buffer = new PooledBufferWriter(ResponseBufferCapacity);
        Write(buffer, result);
        return buffer;
    }

    /// <summary>
    /// Appends the result as UTF-8 JSON to <paramref name="output"/>: the bytes <see cref="Write(Utf8JsonWriter, ExecutionResult)"/>
    /// writes with a writer of default options, written faster (<see cref="ResponseJsonWriter"/>).
    /// </summary>
    public static void Write(System.Buffers.IBufferWriter<byte> output, ExecutionResult result) =>
        ResponseJsonWriter.Write(output, result);

    public static void WriteErrors(Utf8JsonWriter writer, IReadOnlyList<GraphQLError> errors)
    {
        writer.WriteStartArray();
        foreach (var error in errors)
        {
            writer.WriteStartObject();
            writer.WriteString("message", error.Message);
            if (error.Locations is { Count: > 0 } locations)
            {
                writer.WriteStartArray("locations");
                foreach (var location in locations)
                {
                    writer.WriteStartObject();
                    writer.WriteNumber("line", location.Line);
                    writer.WriteNumber("column", location.Column);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
            }

            if (error.Path is { Count: > 0 } path)
            {
                writer.WriteStartArray("path");
                foreach (var segment in path)
                {
                    if (segment is int index)
                    {
                        writer.WriteNumberValue(index);
                    }
                    else
                    {
                        writer.WriteStringValue(segment.ToString());
                    }
                }

                writer.WriteEndArray();
            }

            if (error.Extensions is { Count: > 0 } extensions)
            {
                writer.WritePropertyName("extensions");
                WriteValue(writer, extensions);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    /// <summary>
    /// A Float as JavaScript's JSON writes it: whole numbers without a fraction (and -0 as 0), formatted as integers, which
    /// is cheaper; others in their shortest round-trip form, which for a number with a few decimals (amounts, rates) is
    /// written from the decimal equal to it (<see cref="TryShortDecimal"/>), cheaper to format than to search for among doubles.
    /// </summary>
    private static void WriteFloat(Utf8JsonWriter writer, double number)
    {
        if (number == Math.Floor(number) && Math.Abs(number) < 1e15)
        {
            writer.WriteNumberValue((long)number);
        }
        else if (TryShortDecimal(number, out var units, out var fractionDigits))
        {
            writer.WriteNumberValue(new decimal(unchecked((int)units), (int)(units >> 32), 0, number < 0, fractionDigits));
        }
        else
        {
            writer.WriteNumberValue(number);
        }
    }

    /// <summary>
    /// The decimal with the fewest fraction digits, at most six, that reads back as <paramref name="number"/> (not a whole
    /// number): the magnitude's digits as <paramref name="units"/> and how many of them are <paramref name="fractionDigits"/>.
    /// False when there is none, or the number is outside [0.001, 1e9), where the shortest form could have an exponent.
    /// </summary>
    /// <remarks>
    /// Its digits are the shortest round-trip form: no whole number reads back as a double with a fraction, and a form with
    /// fewer fraction digits would have been found first — in this range <c>Math.Round(number * 10^k)</c> is that form's digits
    /// (the product is off by far less than one half), and the division back is exact to the double a parser would read.
    /// Two forms of the same length cannot both read back as one double below 1e9 with six digits or fewer.
    /// </remarks>
    internal static bool TryShortDecimal(double number, out long units, out byte fractionDigits)
    {
        var magnitude = Math.Abs(number);
        if (magnitude >= 1e-3 && magnitude < 1e9)
        {
            var scale = 1.0;
            for (fractionDigits = 1; fractionDigits <= 6; fractionDigits++)
            {
                scale *= 10;
                var scaled = Math.Round(magnitude * scale);
                if (scaled / scale == magnitude)
                {
                    units = (long)scaled;
                    return true;
                }
            }
        }

        units = 0;
        fractionDigits = 0;
        return false;
    }

    internal static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case int number:
                writer.WriteNumberValue(number);
                break;
            case long number:
                writer.WriteNumberValue(number);
                break;
            case double number:
                WriteFloat(writer, number);
                break;
            case decimal number:
                writer.WriteStringValue(number.ToString(CultureInfo.InvariantCulture));
                break;
            case ResultMap { EncodedKeys: { } keys } map:
                writer.WriteStartObject();
                for (var i = 0; i < keys.Length; i++)
                {
                    writer.WritePropertyName(keys[i]);
                    WriteValue(writer, map.ValueAt(i));
                }

                writer.WriteEndObject();
                break;
            case ResultMap map:
                writer.WriteStartObject();
                foreach (var (key, item) in map)
                {
                    writer.WritePropertyName(key);
                    WriteValue(writer, item);
                }

                writer.WriteEndObject();
                break;
            case object?[] items:
                writer.WriteStartArray();
                foreach (var item in items)
                {
                    WriteValue(writer, item);
                }

                writer.WriteEndArray();
                break;
            case IReadOnlyDictionary<string, object?> dictionary:
                writer.WriteStartObject();
                foreach (var (key, item) in dictionary)
                {
                    writer.WritePropertyName(key);
                    WriteValue(writer, item);
                }

                writer.WriteEndObject();
                break;
            case JsonElement element:
                element.WriteTo(writer);
                break;
            case System.Collections.IEnumerable list:
                writer.WriteStartArray();
                foreach (var item in list)
                {
                    WriteValue(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                throw new InvalidOperationException($"A result value of type {value.GetType().Name} cannot be written as JSON; serialize leaf values before completing them.");
        }
    }
}

using System.Buffers;
using System.Buffers.Text;
using System.Text;
using System.Text.Json;

namespace Actors.GraphQL.Execution;

/// <summary>
/// Writes an <see cref="ExecutionResult"/> as UTF-8 JSON straight into the output's buffer: the same bytes
/// <see cref="ExecutionResultWriter.Write(Utf8JsonWriter, ExecutionResult)"/> writes with <see cref="Utf8JsonWriter"/>'s
/// default options, without that writer's work per token, which was most of the cost of a large response.
/// </summary>
/// <remarks>
/// The executor's own values of <c>data</c> are written here: objects with their property names copied whole, escaped
/// once per grouped field set (<see cref="SelectionPlan.Utf8PropertyNames"/>), lists, numbers, Booleans, and strings that
/// have no character to escape (copied as ASCII). Everything else — <c>errors</c>, <c>extensions</c>, strings to escape,
/// Floats without a short decimal form, values a custom scalar made — goes through one <see cref="Utf8JsonWriter"/> on the
/// same output, so escaping and number formats are exactly the writer's.
/// </remarks>
internal ref struct ResponseJsonWriter
{
    private static readonly JsonWriterOptions FallbackOptions = new() { SkipValidation = true };

    /// <summary>The characters <see cref="Utf8JsonWriter"/> writes as they are with its default encoder: printable ASCII but <c>"</c>, <c>\</c> and the HTML-sensitive ones.</summary>
    private static readonly SearchValues<char> PlainCharacters = SearchValues.Create(
        [.. Enumerable.Range(0x20, 0x7F - 0x20).Select(code => (char)code).Where(c => !System.Text.Encodings.Web.JavaScriptEncoder.Default.WillEncode(c))]);

    private readonly IBufferWriter<byte> _output;
    private Span<byte> _buffer;
    private int _position;
    private bool _afterValue;
    private Utf8JsonWriter? _fallback;

    public ResponseJsonWriter(IBufferWriter<byte> output)
    {
        _output = output;
    }

    public static void Write(IBufferWriter<byte> output, ExecutionResult result)
    {
        var json = new ResponseJsonWriter(output);
        try
        {
            json.WriteRaw("{"u8);
            if (result.Errors is { Count: > 0 } errors)
            {
                json.WritePropertyName("\"errors\":"u8);
                json.Fallback().WriteErrors(errors);
                json._afterValue = true;
            }

            if (result.HasData)
            {
                json.WritePropertyName("\"data\":"u8);
                json.WriteValue(result.Data);
            }

            if (result.Extensions is { Count: > 0 } extensions)
            {
                json.WritePropertyName("\"extensions\":"u8);
                json.WriteWithFallback(extensions);
            }

            json.WriteRaw("}"u8);
            json.Flush();
        }
        finally
        {
            json._fallback?.Dispose();
        }
    }

    private void WriteValue(object? value)
    {
        switch (value)
        {
            case null:
                WriteScalar("null"u8);
                break;
            case string text:
                WriteString(text);
                break;
            case bool flag:
                WriteScalar(flag ? "true"u8 : "false"u8);
                break;
            case int number:
                WriteInteger(number);
                break;
            case long number:
                WriteInteger(number);
                break;
            case double number:
                WriteFloat(number);
                break;
            case ResultMap { Plan: { } plan } map:
                WriteObject(map, plan.Utf8PropertyNames);
                break;
            case object?[] items:
                WriteSeparator();
                WriteRaw("["u8);
                _afterValue = false;
                foreach (var item in items)
                {
                    WriteValue(item);
                }

                WriteRaw("]"u8);
                _afterValue = true;
                break;
            default:
                WriteWithFallback(value);
                break;
        }
    }

    private void WriteObject(ResultMap map, byte[][] propertyNames)
    {
        WriteSeparator();
        WriteRaw("{"u8);
        _afterValue = false;
        for (var i = 0; i < propertyNames.Length; i++)
        {
            WritePropertyName(propertyNames[i]);
            WriteValue(map.ValueAt(i));
        }

        WriteRaw("}"u8);
        _afterValue = true;
    }

    /// <summary>A property name as <c>"name":</c>, after a comma when a value precedes it.</summary>
    private void WritePropertyName(ReadOnlySpan<byte> quotedNameAndColon)
    {
        WriteSeparator();
        WriteRaw(quotedNameAndColon);
        _afterValue = false;
    }

    private void WriteString(string text)
    {
        if (text.AsSpan().ContainsAnyExcept(PlainCharacters))
        {
            WriteWithFallback(text);
            return;
        }

        WriteSeparator();
        var span = Reserve(text.Length + 2);
        span[0] = (byte)'"';
        Ascii.FromUtf16(text, span[1..], out _);
        span[text.Length + 1] = (byte)'"';
        _position += text.Length + 2;
        _afterValue = true;
    }

    private void WriteInteger(long number)
    {
        WriteSeparator();
        Utf8Formatter.TryFormat(number, Reserve(20), out var written);
        _position += written;
        _afterValue = true;
    }

    /// <summary>As <see cref="ExecutionResultWriter"/>'s WriteFloat: whole numbers as integers, short decimals by their digits, others by the fallback writer.</summary>
    private void WriteFloat(double number)
    {
        if (number == Math.Floor(number) && Math.Abs(number) < 1e15)
        {
            WriteInteger((long)number);
        }
        else if (ExecutionResultWriter.TryShortDecimal(number, out var units, out var fractionDigits))
        {
            WriteSeparator();
            var span = Reserve(24);
            var length = 0;
            if (number < 0)
            {
                span[length++] = (byte)'-';
            }

            // The digits of units with the point put before the last fractionDigits of them (after zeros when there are fewer).
            Utf8Formatter.TryFormat(units, span[length..], out var written);
            var integerDigits = written - fractionDigits;
            if (integerDigits > 0)
            {
                span.Slice(length + integerDigits, fractionDigits).CopyTo(span[(length + integerDigits + 1)..]);
                span[length + integerDigits] = (byte)'.';
                length += written + 1;
            }
            else
            {
                var leadingZeros = -integerDigits;
                span.Slice(length, written).CopyTo(span[(length + 2 + leadingZeros)..]);
                span.Slice(length, 2 + leadingZeros).Fill((byte)'0');
                span[length + 1] = (byte)'.';
                length += 2 + fractionDigits;
            }

            _position += length;
            _afterValue = true;
        }
        else
        {
            WriteWithFallback(number);
        }
    }

    private void WriteScalar(ReadOnlySpan<byte> literal)
    {
        WriteSeparator();
        WriteRaw(literal);
        _afterValue = true;
    }

    /// <summary>One value written by <see cref="ExecutionResultWriter"/> with a <see cref="Utf8JsonWriter"/> on the same output.</summary>
    private void WriteWithFallback(object? value)
    {
        WriteSeparator();
        Fallback().WriteValue(value);
        _afterValue = true;
    }

    /// <summary>The fallback writer, reset to write one value after what this writer has written so far.</summary>
    private FallbackWriter Fallback()
    {
        Flush();
        if (_fallback is null)
        {
            _fallback = new Utf8JsonWriter(_output, FallbackOptions);
        }
        else
        {
            _fallback.Reset(_output);
        }

        return new FallbackWriter(_fallback);
    }

    private void WriteSeparator()
    {
        if (_afterValue)
        {
            WriteRaw(","u8);
        }
    }

    private void WriteRaw(ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(Reserve(bytes.Length));
        _position += bytes.Length;
    }

    /// <summary>At least <paramref name="length"/> bytes of room at the current position.</summary>
    private Span<byte> Reserve(int length)
    {
        if (_buffer.Length - _position < length)
        {
            Flush();
            _buffer = _output.GetSpan(Math.Max(length, 4096));
        }

        return _buffer[_position..];
    }

    /// <summary>Hands what was written to the output.</summary>
    private void Flush()
    {
        if (_position > 0)
        {
            _output.Advance(_position);
        }

        _buffer = default;
        _position = 0;
    }

    /// <summary>A value written by <see cref="Utf8JsonWriter"/>, flushed to the output before this writer goes on.</summary>
    private readonly ref struct FallbackWriter(Utf8JsonWriter writer)
    {
        public void WriteValue(object? value)
        {
            ExecutionResultWriter.WriteValue(writer, value);
            writer.Flush();
        }

        public void WriteErrors(IReadOnlyList<Errors.GraphQLError> errors)
        {
            ExecutionResultWriter.WriteErrors(writer, errors);
            writer.Flush();
        }
    }
}

using System.Buffers;
using System.Text;

namespace Actors.GraphQL.Language;

/// <summary>String and block string tokens.</summary>
public ref partial struct Lexer
{
    /// <summary>
    /// StringValue :: "" [lookahead != "] | " StringCharacter+ "
    /// StringCharacter :: SourceCharacter but not " or \ or LineTerminator | \u EscapedUnicode | \ EscapedCharacter
    /// Checks every escape, then decodes the value; returns the offset past the closing quote.
    /// </summary>
    private int ReadString(int start)
    {
        var source = _source;
        var position = start + 1;
        var hasEscape = false;
        while (position < source.Length)
        {
            var code = source[position];
            switch (code)
            {
                case (byte)'"':
                    StringValue = DecodeString(source[(start + 1)..position], hasEscape);
                    return position + 1;
                case (byte)'\n':
                case (byte)'\r':
                    throw Error(position, "Unterminated string.");
                case (byte)'\\':
                    hasEscape = true;
                    position = ReadEscape(position);
                    continue;
            }

            position = code < 0x80 ? position + 1 : SkipNonAscii(position);
        }

        throw Error(position, "Unterminated string.");
    }

    /// <summary>Checks the escape sequence starting at the backslash at <paramref name="position"/>; returns the offset after it.</summary>
    private readonly int ReadEscape(int position)
    {
        var source = _source;
        var next = position + 1 < source.Length ? source[position + 1] : (byte)0;
        switch (next)
        {
            case (byte)'"':
            case (byte)'\\':
            case (byte)'/':
            case (byte)'b':
            case (byte)'f':
            case (byte)'n':
            case (byte)'r':
            case (byte)'t':
                return position + 2;
            case (byte)'u' when position + 2 < source.Length && source[position + 2] == '{':
                return ReadBracedUnicodeEscape(position);
            case (byte)'u':
                return ReadFixedUnicodeEscape(position);
        }

        var length = position + 1 >= source.Length ? 1 : 1 + (next < 0x80 || !IsValidUtf8At(position + 1) ? 1 : ScalarLengthAt(position + 1));
        throw Error(position, $"Invalid character escape sequence: \"{Encoding.UTF8.GetString(source.Slice(position, length))}\".");
    }

    /// <summary>EscapedUnicode :: { HexDigit+ } — the value must be a Unicode scalar value.</summary>
    private readonly int ReadBracedUnicodeEscape(int position)
    {
        var source = _source;
        var cursor = position + 3;
        var value = 0;
        var digits = 0;
        while (cursor < source.Length)
        {
            var digit = HexValue(source[cursor]);
            if (digit < 0)
            {
                break;
            }

            value = value > 0x10FFFF ? value : (value << 4) | digit;
            digits++;
            cursor++;
        }

        if (cursor < source.Length && source[cursor] == '}' && digits > 0 && Rune.IsValid(value))
        {
            return cursor + 1;
        }

        var end = cursor >= source.Length ? cursor : cursor + (source[cursor] < 0x80 || !IsValidUtf8At(cursor) ? 1 : ScalarLengthAt(cursor));
        throw InvalidUnicodeEscape(position, end);
    }

    /// <summary>
    /// EscapedUnicode :: HexDigit HexDigit HexDigit HexDigit — a leading surrogate must be followed by an
    /// escaped trailing surrogate; the pair stands for one supplementary character.
    /// </summary>
    private readonly int ReadFixedUnicodeEscape(int position)
    {
        var value = FixedHexValue(position);
        if (value < 0)
        {
            throw InvalidUnicodeEscape(position, Math.Min(position + 6, _source.Length));
        }

        if (value is >= 0xD800 and <= 0xDBFF)
        {
            var trailing = position + 7 < _source.Length && _source[position + 6] == '\\' && _source[position + 7] == 'u'
                ? FixedHexValue(position + 6)
                : -1;
            if (trailing is >= 0xDC00 and <= 0xDFFF)
            {
                return position + 12;
            }

            throw InvalidUnicodeEscape(position, position + 6);
        }

        if (value is >= 0xDC00 and <= 0xDFFF)
        {
            throw InvalidUnicodeEscape(position, position + 6);
        }

        return position + 6;
    }

    /// <summary>The escape from <paramref name="start"/> to <paramref name="end"/>, widened to a whole character, in the message.</summary>
    private readonly GraphQLSyntaxError InvalidUnicodeEscape(int start, int end)
    {
        while (end < _source.Length && (_source[end] & 0xC0) == 0x80)
        {
            end++;
        }

        return Error(start, $"Invalid Unicode escape sequence: \"{Encoding.UTF8.GetString(_source[start..end])}\".");
    }

    /// <summary>The value of the four hex digits after the <c>\u</c> at <paramref name="position"/>, or -1.</summary>
    private readonly int FixedHexValue(int position)
    {
        if (position + 6 > _source.Length)
        {
            return -1;
        }

        var value = 0;
        for (var i = position + 2; i < position + 6; i++)
        {
            var digit = HexValue(_source[i]);
            if (digit < 0)
            {
                return -1;
            }

            value = (value << 4) | digit;
        }

        return value;
    }

    private static int HexValue(byte code) => code switch
    {
        >= (byte)'0' and <= (byte)'9' => code - '0',
        >= (byte)'A' and <= (byte)'F' => code - 'A' + 10,
        >= (byte)'a' and <= (byte)'f' => code - 'a' + 10,
        _ => -1,
    };

    /// <summary>Decodes checked string content: UTF-8 runs are copied in bulk, escapes are replaced.</summary>
    private static string DecodeString(ReadOnlySpan<byte> raw, bool hasEscape)
    {
        if (!hasEscape)
        {
            return Encoding.UTF8.GetString(raw);
        }

        char[]? rented = null;
        var buffer = raw.Length <= 256 ? stackalloc char[256] : (rented = ArrayPool<char>.Shared.Rent(raw.Length));
        var length = 0;
        var position = 0;
        while (position < raw.Length)
        {
            var run = raw[position..].IndexOf((byte)'\\');
            if (run != 0)
            {
                var chunk = run < 0 ? raw[position..] : raw.Slice(position, run);
                length += Encoding.UTF8.GetChars(chunk, buffer[length..]);
                position += chunk.Length;
                continue;
            }

            position = DecodeEscape(raw, position, buffer, ref length);
        }

        var value = new string(buffer[..length]);
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        return value;
    }

    private static int DecodeEscape(ReadOnlySpan<byte> raw, int position, Span<char> buffer, ref int length)
    {
        var escaped = raw[position + 1];
        if (escaped != 'u')
        {
            buffer[length++] = escaped switch
            {
                (byte)'b' => '\b',
                (byte)'f' => '\f',
                (byte)'n' => '\n',
                (byte)'r' => '\r',
                (byte)'t' => '\t',
                _ => (char)escaped,
            };
            return position + 2;
        }

        var value = 0;
        if (raw[position + 2] == '{')
        {
            position += 3;
            while (raw[position] != '}')
            {
                value = (value << 4) | HexValue(raw[position++]);
            }

            length += new Rune(value).EncodeToUtf16(buffer[length..]);
            return position + 1;
        }

        for (var i = position + 2; i < position + 6; i++)
        {
            value = (value << 4) | HexValue(raw[i]);
        }

        buffer[length++] = (char)value;
        return position + 6;
    }

    /// <summary>
    /// BlockString :: """ BlockStringCharacter* """ — every character verbatim except <c>\"""</c>, which
    /// stands for <c>"""</c>; the value is BlockStringValue() of the raw text. Counts the lines it spans.
    /// </summary>
    private int ReadBlockString(int start)
    {
        var source = _source;
        var position = start + 3;
        var hasEscapedQuotes = false;
        while (position < source.Length)
        {
            var code = source[position];
            switch (code)
            {
                case (byte)'"' when position + 2 < source.Length && source[position + 1] == '"' && source[position + 2] == '"':
                    StringValue = DecodeBlockString(source[(start + 3)..position], hasEscapedQuotes);
                    return position + 3;
                case (byte)'\\' when position + 3 < source.Length && source[position + 1] == '"' && source[position + 2] == '"' && source[position + 3] == '"':
                    hasEscapedQuotes = true;
                    position += 4;
                    continue;
                case (byte)'\n':
                    position++;
                    NewLine(position);
                    continue;
                case (byte)'\r':
                    position++;
                    if (position < source.Length && source[position] == '\n')
                    {
                        position++;
                    }

                    NewLine(position);
                    continue;
            }

            position = code < 0x80 ? position + 1 : SkipNonAscii(position);
        }

        throw Error(position, "Unterminated string.");
    }

    private static string DecodeBlockString(ReadOnlySpan<byte> raw, bool hasEscapedQuotes)
    {
        char[]? rented = null;
        var buffer = raw.Length <= 256 ? stackalloc char[256] : (rented = ArrayPool<char>.Shared.Rent(raw.Length));
        var length = Encoding.UTF8.GetChars(raw, buffer);
        var text = buffer[..length];
        if (hasEscapedQuotes)
        {
            var kept = 0;
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] == '\\' && i + 3 < text.Length && text[i + 1] == '"' && text[i + 2] == '"' && text[i + 3] == '"')
                {
                    continue;
                }

                text[kept++] = text[i];
            }

            text = text[..kept];
        }

        var value = BlockString.Dedent(text);
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        return value;
    }
}

using System.Text;

namespace Actors.GraphQL.Language;

/// <summary>Numbers, and how characters are named in messages.</summary>
public ref partial struct Lexer
{
    /// <summary>
    /// IntValue :: IntegerPart [lookahead != {Digit, `.`, NameStart}]
    /// FloatValue :: IntegerPart FractionalPart? ExponentPart? [lookahead != {Digit, `.`, NameStart}]
    /// IntegerPart :: NegativeSign? 0 | NegativeSign? NonZeroDigit Digit*
    /// </summary>
    private TokenKind ReadNumber(int start)
    {
        var source = _source;
        var position = start;
        var isFloat = false;
        if (source[position] == '-')
        {
            position++;
        }

        if (position < source.Length && source[position] == '0')
        {
            position++;
            if (position < source.Length && IsDigit(source[position]))
            {
                throw Error(position, $"Invalid number, unexpected digit after 0: {DescribeCharAt(position)}.");
            }
        }
        else
        {
            position = ReadDigits(position);
        }

        if (position < source.Length && source[position] == '.')
        {
            isFloat = true;
            position = ReadDigits(position + 1);
        }

        if (position < source.Length && (source[position] | 0x20) == 'e')
        {
            isFloat = true;
            position++;
            if (position < source.Length && source[position] is (byte)'+' or (byte)'-')
            {
                position++;
            }

            position = ReadDigits(position);
        }

        if (position < source.Length && (source[position] == '.' || IsNameStart(source[position])))
        {
            throw Error(position, $"Invalid number, expected digit but got: {DescribeCharAt(position)}.");
        }

        return Finish(isFloat ? TokenKind.Float : TokenKind.Int, position);
    }

    /// <summary>Digit+ — at least one digit.</summary>
    private readonly int ReadDigits(int position)
    {
        var source = _source;
        if (position >= source.Length || !IsDigit(source[position]))
        {
            throw Error(position, $"Invalid number, expected digit but got: {DescribeCharAt(position)}.");
        }

        while (position < source.Length && IsDigit(source[position]))
        {
            position++;
        }

        return position;
    }

    /// <summary>
    /// The character at <paramref name="position"/> as messages show it: <c>&lt;EOF&gt;</c>, a printable
    /// ASCII character in quotes, <c>U+XXXX</c> for anything else, or the byte for invalid UTF-8.
    /// </summary>
    private readonly string DescribeCharAt(int position)
    {
        if (position >= _source.Length)
        {
            return "<EOF>";
        }

        var code = _source[position];
        if (code is >= 0x20 and <= 0x7E)
        {
            return code == '"' ? "'\"'" : $"\"{(char)code}\"";
        }

        return Rune.DecodeFromUtf8(_source[position..], out var rune, out _) == System.Buffers.OperationStatus.Done
            ? $"U+{rune.Value:X4}"
            : $"byte 0x{code:X2}";
    }

    private readonly bool IsValidUtf8At(int position) =>
        Rune.DecodeFromUtf8(_source[position..], out _, out _) == System.Buffers.OperationStatus.Done;

    /// <summary>The length in bytes of the well-formed UTF-8 sequence at <paramref name="position"/>; throws otherwise.</summary>
    private readonly int ScalarLengthAt(int position)
    {
        if (Rune.DecodeFromUtf8(_source[position..], out _, out var length) != System.Buffers.OperationStatus.Done)
        {
            throw Error(position, $"Invalid UTF-8 byte 0x{_source[position]:X2}.");
        }

        return length;
    }
}

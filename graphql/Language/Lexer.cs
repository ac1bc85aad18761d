using System.Text;

namespace Actors.GraphQL.Language;

/// <summary>
/// Reads the tokens of a UTF-8 GraphQL source, one at a time, per the spec's lexical grammar
/// (https://spec.graphql.org/September2025/#sec-Language.Source-Text). <see cref="Advance"/> moves to
/// the next token and skips what the grammar ignores: white space, line terminators, comments, commas
/// and byte order marks. The current token is described by <see cref="Kind"/>, <see cref="Start"/>,
/// <see cref="End"/>, <see cref="Line"/>, <see cref="Column"/>, <see cref="Span"/> (its bytes) and,
/// for strings, <see cref="StringValue"/>. Nothing is decoded except string values; names and numbers
/// stay bytes until the parser asks for them. A copy of the lexer is an independent cursor, which is
/// how <see cref="Peek"/> looks ahead.
/// </summary>
public ref partial struct Lexer
{
    private readonly ReadOnlySpan<byte> _source;
    private readonly int _maxTokens;
    private int _position;
    private int _line;
    private int _lineStart;
    private int _lineAdjust;
    private int _tokenCount;

    /// <summary>A lexer positioned before the first token (<see cref="TokenKind.StartOfFile"/>).</summary>
    /// <param name="source">The document as UTF-8.</param>
    /// <param name="maxTokens">Tokens allowed before <see cref="SyntaxErrorCodes.TooManyTokens"/>.</param>
    public Lexer(ReadOnlySpan<byte> source, int maxTokens = int.MaxValue)
    {
        _source = source;
        _maxTokens = maxTokens;
        _line = 1;
        Kind = TokenKind.StartOfFile;
        Line = 1;
        Column = 1;
    }

    /// <summary>The current token's kind.</summary>
    public TokenKind Kind { get; private set; }

    /// <summary>Byte offset of the current token's first byte.</summary>
    public int Start { get; private set; }

    /// <summary>Byte offset just past the current token.</summary>
    public int End { get; private set; }

    /// <summary>1-based line of the current token's start.</summary>
    public int Line { get; private set; }

    /// <summary>1-based column (UTF-16 code units) of the current token's start.</summary>
    public int Column { get; private set; }

    /// <summary>Byte offset just past the token before the current one: where a node ending there ends.</summary>
    public int PreviousEnd { get; private set; }

    /// <summary>Tokens read so far (the end of the source is not a token).</summary>
    public readonly int TokenCount => _tokenCount;

    /// <summary>The value of the current <see cref="TokenKind.String"/> or <see cref="TokenKind.BlockString"/> token; null otherwise.</summary>
    public string? StringValue { get; private set; }

    /// <summary>The current token's bytes, as written (quotes included for strings).</summary>
    public readonly ReadOnlySpan<byte> Span => _source[Start..End];

    /// <summary>The current token's text: the name or number as written, or the string value.</summary>
    public readonly string Text => StringValue ?? Encoding.UTF8.GetString(Span);

    /// <summary>True when the current token is the name <paramref name="keyword"/>.</summary>
    public readonly bool IsKeyword(ReadOnlySpan<byte> keyword) => Kind == TokenKind.Name && Span.SequenceEqual(keyword);

    /// <summary>A copy of this lexer advanced by one token; this lexer does not move.</summary>
    public readonly Lexer Peek()
    {
        var copy = this;
        copy.Advance();
        return copy;
    }

    /// <summary>Moves to the next token and returns its kind; throws <see cref="GraphQLSyntaxError"/> on bad input.</summary>
    public TokenKind Advance()
    {
        if (Kind == TokenKind.EndOfFile)
        {
            return Kind;
        }

        PreviousEnd = End;
        StringValue = null;
        var source = _source;
        var position = SkipIgnored(_position);
        _position = position;
        Line = _line;
        Column = position - _lineStart + 1 - _lineAdjust;
        Start = position;
        if (position >= source.Length)
        {
            Kind = TokenKind.EndOfFile;
            End = position;
            return Kind;
        }

        if (++_tokenCount > _maxTokens)
        {
            throw Error(position, $"Document contains more than {_maxTokens} tokens. Parsing aborted.", SyntaxErrorCodes.TooManyTokens);
        }

        var code = source[position];
        var punctuator = Punctuator(code);
        if (punctuator != TokenKind.StartOfFile)
        {
            return Finish(punctuator, position + 1);
        }

        switch (code)
        {
            case (byte)'.':
                if (position + 2 < source.Length && source[position + 1] == '.' && source[position + 2] == '.')
                {
                    return Finish(TokenKind.Spread, position + 3);
                }

                throw Error(position, "Unexpected character: \".\".");
            case (byte)'"':
                if (position + 2 < source.Length && source[position + 1] == '"' && source[position + 2] == '"')
                {
                    return Finish(TokenKind.BlockString, ReadBlockString(position));
                }

                return Finish(TokenKind.String, ReadString(position));
            case (byte)'-':
            case >= (byte)'0' and <= (byte)'9':
                return ReadNumber(position);
            case (byte)'\'':
                throw Error(position, "Unexpected single quote character ('), did you mean to use a double quote (\")?");
        }

        if (IsNameStart(code))
        {
            var end = position + 1;
            while (end < source.Length && IsNameContinue(source[end]))
            {
                end++;
            }

            return Finish(TokenKind.Name, end);
        }

        if (code >= 0x80 && !IsValidUtf8At(position))
        {
            throw Error(position, $"Invalid UTF-8 byte 0x{code:X2}.");
        }

        throw Error(position, $"Unexpected character: {DescribeCharAt(position)}.");
    }

    private TokenKind Finish(TokenKind kind, int end)
    {
        Kind = kind;
        End = end;
        _position = end;
        return kind;
    }

    private int SkipIgnored(int position)
    {
        var source = _source;
        while (position < source.Length)
        {
            switch (source[position])
            {
                case (byte)' ':
                case (byte)'\t':
                case (byte)',':
                    position++;
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
                case (byte)'#':
                    position = SkipComment(position + 1);
                    continue;
                case 0xEF when position + 2 < source.Length && source[position + 1] == 0xBB && source[position + 2] == 0xBF:
                    position += 3;
                    _lineAdjust += 2;
                    continue;
            }

            break;
        }

        return position;
    }

    /// <summary>Comment :: # CommentChar* — any source character up to a line terminator.</summary>
    private int SkipComment(int position)
    {
        var source = _source;
        while (position < source.Length)
        {
            var code = source[position];
            if (code is (byte)'\n' or (byte)'\r')
            {
                break;
            }

            position = code < 0x80 ? position + 1 : SkipNonAscii(position);
        }

        return position;
    }

    private void NewLine(int lineStart)
    {
        _line++;
        _lineStart = lineStart;
        _lineAdjust = 0;
    }

    /// <summary>
    /// Steps over the well-formed UTF-8 sequence at <paramref name="position"/> (or fails), noting how many
    /// more bytes than UTF-16 code units it takes, so that columns stay in UTF-16 units.
    /// </summary>
    private int SkipNonAscii(int position)
    {
        var length = ScalarLengthAt(position);
        _lineAdjust += length == 4 ? 2 : length - 1;
        return position + length;
    }

    private static TokenKind Punctuator(byte code) => code switch
    {
        (byte)'!' => TokenKind.Bang,
        (byte)'$' => TokenKind.Dollar,
        (byte)'&' => TokenKind.Ampersand,
        (byte)'(' => TokenKind.ParenthesisLeft,
        (byte)')' => TokenKind.ParenthesisRight,
        (byte)':' => TokenKind.Colon,
        (byte)'=' => TokenKind.Equals,
        (byte)'@' => TokenKind.At,
        (byte)'[' => TokenKind.BracketLeft,
        (byte)']' => TokenKind.BracketRight,
        (byte)'{' => TokenKind.BraceLeft,
        (byte)'|' => TokenKind.Pipe,
        (byte)'}' => TokenKind.BraceRight,
        _ => TokenKind.StartOfFile,
    };

    internal static bool IsNameStart(byte code) => (uint)((code | 0x20) - 'a') <= 'z' - 'a' || code == '_';

    internal static bool IsNameContinue(byte code) => IsNameStart(code) || IsDigit(code);

    internal static bool IsDigit(byte code) => (uint)(code - '0') <= 9;

    private static int Utf16Length(ReadOnlySpan<byte> bytes)
    {
        var length = 0;
        foreach (var code in bytes)
        {
            if ((code & 0xC0) != 0x80)
            {
                length += code >= 0xF0 ? 2 : 1;
            }
        }

        return length;
    }

    /// <summary>An error at <paramref name="offset"/>, which must lie on the line being read.</summary>
    private readonly GraphQLSyntaxError Error(int offset, string description, string code = SyntaxErrorCodes.ParseFailed)
    {
        var column = 1 + Utf16Length(_source[_lineStart..offset]);
        return new GraphQLSyntaxError(description, offset, _line, column, code);
    }
}

namespace Actors.GraphQL.Language;

/// <summary>Token helpers shared by every section: expecting, skipping, locations, limits and errors.</summary>
public ref partial struct Parser
{
    /// <summary>Where the current token starts, for the location of the node it begins.</summary>
    private readonly TokenStart Begin() => new(_lexer.Start, _lexer.Line, _lexer.Column);

    /// <summary>The location from <paramref name="start"/> to the end of the last token read; null with <see cref="ParserOptions.NoLocations"/>.</summary>
    private readonly Location? At(TokenStart start) =>
        _options.NoLocations ? null : new Location(start.Offset, _lexer.PreviousEnd, start.Line, start.Column);

    /// <summary>Reads a token of <paramref name="kind"/>, or fails with "Expected X, found Y.".</summary>
    private void Expect(TokenKind kind)
    {
        if (_lexer.Kind != kind)
        {
            throw ErrorAt(_lexer, $"Expected {DescribeKind(kind)}, found {DescribeToken(_lexer)}.");
        }

        _lexer.Advance();
    }

    /// <summary>Reads a token of <paramref name="kind"/> when it comes next; says whether it did.</summary>
    private bool Skip(TokenKind kind)
    {
        if (_lexer.Kind != kind)
        {
            return false;
        }

        _lexer.Advance();
        return true;
    }

    /// <summary>Reads the name <paramref name="keyword"/>, or fails with "Expected "keyword", found Y.".</summary>
    private void ExpectKeyword(ReadOnlySpan<byte> keyword)
    {
        if (!_lexer.IsKeyword(keyword))
        {
            throw ErrorAt(_lexer, $"Expected \"{System.Text.Encoding.ASCII.GetString(keyword)}\", found {DescribeToken(_lexer)}.");
        }

        _lexer.Advance();
    }

    /// <summary>Reads the name <paramref name="keyword"/> when it comes next; says whether it did.</summary>
    private bool SkipKeyword(ReadOnlySpan<byte> keyword)
    {
        if (!_lexer.IsKeyword(keyword))
        {
            return false;
        }

        _lexer.Advance();
        return true;
    }

    /// <summary>Name :: NameStart NameContinue* — interned, so each distinct name is one string per parse.</summary>
    private NameNode ParseName()
    {
        if (_lexer.Kind != TokenKind.Name)
        {
            Expect(TokenKind.Name);
        }

        var start = Begin();
        var value = _names.Get(_lexer.Span);
        _lexer.Advance();
        return new NameNode(value) { Location = At(start) };
    }

    /// <summary>Opens a selection set, list or object value or list type; fails past <see cref="ParserOptions.MaxDepth"/>.</summary>
    private void EnterNested()
    {
        if (++_depth > _options.MaxDepth)
        {
            throw ErrorAt(
                _lexer,
                $"Document exceeds the maximum nesting depth of {_options.MaxDepth}.",
                SyntaxErrorCodes.MaxDepthExceeded);
        }
    }

    private void LeaveNested() => _depth--;

    /// <summary>Counts a field selection; fails past <see cref="ParserOptions.MaxFields"/>.</summary>
    private void CountField()
    {
        if (++_fieldCount > _options.MaxFields)
        {
            throw ErrorAt(
                _lexer,
                $"Document contains more than {_options.MaxFields} fields.",
                SyntaxErrorCodes.TooManyFields);
        }
    }

    /// <summary>"Unexpected X." at the current token.</summary>
    private readonly GraphQLSyntaxError Unexpected() => Unexpected(_lexer);

    /// <summary>"Unexpected X." at <paramref name="token"/>.</summary>
    private static GraphQLSyntaxError Unexpected(in Lexer token) => ErrorAt(token, $"Unexpected {DescribeToken(token)}.");

    private static GraphQLSyntaxError ErrorAt(in Lexer token, string description, string code = SyntaxErrorCodes.ParseFailed) =>
        new(description, token.Start, token.Line, token.Column, code);

    /// <summary>A token kind as messages name it: punctuators quoted (<c>"{"</c>), others bare (<c>Name</c>, <c>&lt;EOF&gt;</c>).</summary>
    private static string DescribeKind(TokenKind kind)
    {
        var name = TokenKindNames.Describe(kind);
        return TokenKindNames.IsPunctuator(kind) ? $"\"{name}\"" : name;
    }

    /// <summary>A token as messages show it: <c>"{"</c>, <c>&lt;EOF&gt;</c>, <c>Name "id"</c>, <c>String "text"</c>.</summary>
    private static string DescribeToken(in Lexer token) => token.Kind switch
    {
        TokenKind.EndOfFile or TokenKind.StartOfFile => TokenKindNames.Describe(token.Kind),
        _ when TokenKindNames.IsPunctuator(token.Kind) => DescribeKind(token.Kind),
        _ => $"{TokenKindNames.Describe(token.Kind)} \"{token.Text}\"",
    };

    /// <summary>The start of a node: offset, line and column of its first token.</summary>
    private readonly record struct TokenStart(int Offset, int Line, int Column);
}

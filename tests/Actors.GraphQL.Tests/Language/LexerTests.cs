using System.Text;
using Actors.GraphQL.Language;

namespace Actors.GraphQL.Tests.Language;

public sealed class LexerTests
{
    internal sealed record Token(TokenKind Kind, string Text, int Start, int End, int Line, int Column);

    internal static List<Token> Lex(string source) => Lex(Encoding.UTF8.GetBytes(source));

    internal static List<Token> Lex(byte[] utf8)
    {
        var tokens = new List<Token>();
        var lexer = new Lexer(utf8);
        while (lexer.Advance() != TokenKind.EndOfFile)
        {
            tokens.Add(new Token(lexer.Kind, lexer.Text, lexer.Start, lexer.End, lexer.Line, lexer.Column));
        }

        return tokens;
    }

    internal static Token Single(string source)
    {
        var tokens = Lex(source);
        return Assert.Single(tokens);
    }

    internal static GraphQLSyntaxError LexError(string source) =>
        Assert.Throws<GraphQLSyntaxError>(() => Lex(source));

    internal static void AssertError(GraphQLSyntaxError error, string message, int line, int column)
    {
        Assert.Equal(message, error.Message);
        Assert.Equal((line, column), (error.Line, error.Column));
        Assert.Equal(SyntaxErrorCodes.ParseFailed, error.Code);
    }

    [Theory]
    [InlineData("!", TokenKind.Bang)]
    [InlineData("$", TokenKind.Dollar)]
    [InlineData("&", TokenKind.Ampersand)]
    [InlineData("(", TokenKind.ParenthesisLeft)]
    [InlineData(")", TokenKind.ParenthesisRight)]
    [InlineData("...", TokenKind.Spread)]
    [InlineData(":", TokenKind.Colon)]
    [InlineData("=", TokenKind.Equals)]
    [InlineData("@", TokenKind.At)]
    [InlineData("[", TokenKind.BracketLeft)]
    [InlineData("]", TokenKind.BracketRight)]
    [InlineData("{", TokenKind.BraceLeft)]
    [InlineData("|", TokenKind.Pipe)]
    [InlineData("}", TokenKind.BraceRight)]
    public void Each_punctuator_is_one_token(string source, TokenKind kind)
    {
        var token = Single(source);

        Assert.Equal(kind, token.Kind);
        Assert.Equal((0, source.Length), (token.Start, token.End));
    }

    [Theory]
    [InlineData("a")]
    [InlineData("_")]
    [InlineData("__typename")]
    [InlineData("camelCase_with_123")]
    [InlineData("ALL_CAPS")]
    public void Names_are_the_longest_run_of_name_characters(string name)
    {
        var token = Single(name);

        Assert.Equal((TokenKind.Name, name), (token.Kind, token.Text));
    }

    [Fact]
    public void A_digit_ends_no_name_but_a_punctuator_does()
    {
        var tokens = Lex("a1b2!c");

        Assert.Equal([TokenKind.Name, TokenKind.Bang, TokenKind.Name], tokens.Select(token => token.Kind));
        Assert.Equal("a1b2", tokens[0].Text);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-0")]
    [InlineData("7")]
    [InlineData("-42")]
    [InlineData("1234567890123456789012345678901234567890")]
    public void Integers_keep_their_source_text(string source)
    {
        var token = Single(source);

        Assert.Equal((TokenKind.Int, source), (token.Kind, token.Text));
    }

    [Theory]
    [InlineData("0.0")]
    [InlineData("-1.5")]
    [InlineData("1e10")]
    [InlineData("1E-3")]
    [InlineData("6.02e+23")]
    [InlineData("-0.0e0")]
    public void Floats_keep_their_source_text(string source)
    {
        var token = Single(source);

        Assert.Equal((TokenKind.Float, source), (token.Kind, token.Text));
    }

    [Fact]
    public void White_space_commas_and_comments_are_ignored()
    {
        var tokens = Lex(" \t,a,,# a comment } with punctuation\n  ,b # trailing");

        Assert.Equal(["a", "b"], tokens.Select(token => token.Text));
        Assert.Equal((1, 4), (tokens[0].Line, tokens[0].Column));
        Assert.Equal((2, 4), (tokens[1].Line, tokens[1].Column));
    }

    [Fact]
    public void A_comment_may_hold_any_unicode_text()
    {
        var tokens = Lex("# commentaire é ✓ 😀\nname");

        Assert.Equal((TokenKind.Name, 2, 1), (tokens[0].Kind, tokens[0].Line, tokens[0].Column));
    }

    [Fact]
    public void A_byte_order_mark_is_ignored_wherever_it_appears()
    {
        var tokens = Lex("\uFEFFa \uFEFFb");

        Assert.Equal(["a", "b"], tokens.Select(token => token.Text));
        Assert.Equal((3, 2), (tokens[0].Start, tokens[0].Column));
    }

    [Theory]
    [InlineData("a\nb")]
    [InlineData("a\r\nb")]
    [InlineData("a\rb")]
    public void Each_line_terminator_starts_a_new_line(string source)
    {
        var tokens = Lex(source);

        Assert.Equal((2, 1), (tokens[1].Line, tokens[1].Column));
    }

    [Fact]
    public void Carriage_return_line_feed_counts_as_one_line()
    {
        var tokens = Lex("a\r\n\r\n\rb\n\nc");

        Assert.Equal((4, 1), (tokens[1].Line, tokens[1].Column));
        Assert.Equal((6, 1), (tokens[2].Line, tokens[2].Column));
    }

    [Fact]
    public void Columns_count_utf16_code_units_not_bytes()
    {
        var tokens = Lex("\"é😀\" x");

        Assert.Equal(9, tokens[1].Start);
        Assert.Equal(7, tokens[1].Column);
    }

    [Fact]
    public void Offsets_are_byte_offsets_into_the_utf8_source()
    {
        var tokens = Lex("{ \"ü\" }");

        Assert.Equal([(0, 1), (2, 6), (7, 8)], tokens.Select(token => (token.Start, token.End)));
    }

    [Fact]
    public void Peek_looks_ahead_without_moving_the_lexer()
    {
        var lexer = new Lexer("a b"u8);
        lexer.Advance();

        var next = lexer.Peek();

        Assert.Equal(("a", "b"), (lexer.Text, next.Text));
    }

    [Fact]
    public void The_end_of_the_source_is_not_a_token_and_repeats()
    {
        var lexer = new Lexer("a"u8);
        lexer.Advance();

        Assert.Equal(TokenKind.EndOfFile, lexer.Advance());
        Assert.Equal(TokenKind.EndOfFile, lexer.Advance());
        Assert.Equal(1, lexer.TokenCount);
        Assert.Equal((1, 1), (lexer.Start, lexer.End));
    }

    [Fact]
    public void A_lexer_fails_on_the_first_token_past_its_limit()
    {
        var error = Assert.Throws<GraphQLSyntaxError>(() =>
        {
            var lexer = new Lexer("a b c"u8, maxTokens: 2);
            while (lexer.Advance() != TokenKind.EndOfFile)
            {
            }
        });

        Assert.Equal("Syntax Error: Document contains more than 2 tokens. Parsing aborted.", error.Message);
        Assert.Equal((SyntaxErrorCodes.TooManyTokens, 1, 5, 4), (error.Code, error.Line, error.Column, error.Offset));
    }

    [Theory]
    [InlineData("{ ..a }", "Syntax Error: Unexpected character: \".\".", 1, 3)]
    [InlineData("{ a(x: 'b') }", "Syntax Error: Unexpected single quote character ('), did you mean to use a double quote (\")?", 1, 8)]
    [InlineData("{ é }", "Syntax Error: Unexpected character: U+00E9.", 1, 3)]
    [InlineData("{ a \u0007 }", "Syntax Error: Unexpected character: U+0007.", 1, 5)]
    [InlineData("{ a }\0", "Syntax Error: Unexpected character: U+0000.", 1, 6)]
    [InlineData("a\n  ?", "Syntax Error: Unexpected character: \"?\".", 2, 3)]
    [InlineData("a\n  \"\"\"x\n\ny\"\"\" ~", "Syntax Error: Unexpected character: \"~\".", 4, 6)]
    [InlineData("😀", "Syntax Error: Unexpected character: U+1F600.", 1, 1)]
    public void Characters_outside_the_grammar_are_reported_where_they_are(string source, string message, int line, int column)
    {
        AssertError(LexError(source), message, line, column);
    }

    [Theory]
    [InlineData("{ a(x: 01) }", "Syntax Error: Invalid number, unexpected digit after 0: \"1\".", 1, 9)]
    [InlineData("{ a(x: 1.) }", "Syntax Error: Invalid number, expected digit but got: \")\".", 1, 10)]
    [InlineData("{ a(x: 1a) }", "Syntax Error: Invalid number, expected digit but got: \"a\".", 1, 9)]
    [InlineData("{ a(x: 1.5.) }", "Syntax Error: Invalid number, expected digit but got: \".\".", 1, 11)]
    [InlineData("{ a(x: -) }", "Syntax Error: Invalid number, expected digit but got: \")\".", 1, 9)]
    [InlineData("{ a(x: 1e) }", "Syntax Error: Invalid number, expected digit but got: \")\".", 1, 10)]
    [InlineData("1e+", "Syntax Error: Invalid number, expected digit but got: <EOF>.", 1, 4)]
    [InlineData("-", "Syntax Error: Invalid number, expected digit but got: <EOF>.", 1, 2)]
    [InlineData("1.5_", "Syntax Error: Invalid number, expected digit but got: \"_\".", 1, 4)]
    [InlineData("0x1F", "Syntax Error: Invalid number, expected digit but got: \"x\".", 1, 2)]
    [InlineData(".5", "Syntax Error: Unexpected character: \".\".", 1, 1)]
    [InlineData("1.e5", "Syntax Error: Invalid number, expected digit but got: \"e\".", 1, 3)]
    [InlineData("12é", "Syntax Error: Unexpected character: U+00E9.", 1, 3)]
    public void Malformed_numbers_are_reported_at_the_offending_character(string source, string message, int line, int column)
    {
        AssertError(LexError(source), message, line, column);
    }

    [Fact]
    public void Invalid_utf8_outside_strings_is_reported_as_such()
    {
        var error = Assert.Throws<GraphQLSyntaxError>(() => Lex([(byte)'a', (byte)' ', 0xFF]));

        AssertError(error, "Syntax Error: Invalid UTF-8 byte 0xFF.", 1, 3);
    }

    [Fact]
    public void Invalid_utf8_inside_a_comment_is_reported()
    {
        var error = Assert.Throws<GraphQLSyntaxError>(() => Lex([(byte)'#', (byte)'x', 0xC3, 0x28]));

        AssertError(error, "Syntax Error: Invalid UTF-8 byte 0xC3.", 1, 3);
    }
}

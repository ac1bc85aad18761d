using Actors.GraphQL.Language;
using static Actors.GraphQL.Tests.Language.LexerTests;

namespace Actors.GraphQL.Tests.Language;

public sealed class LexerStringTests
{
    [Theory]
    [InlineData("\"\"", "")]
    [InlineData("\"simple\"", "simple")]
    [InlineData("\" white space \"", " white space ")]
    [InlineData("\"quote \\\"\"", "quote \"")]
    [InlineData("\"escaped \\n\\r\\b\\t\\f\"", "escaped \n\r\b\t\f")]
    [InlineData("\"slashes \\\\ \\/\"", "slashes \\ /")]
    [InlineData("\"unicode \\u1234\\u5678\\u90AB\\uCDEF\"", "unicode \u1234\u5678\u90AB\uCDEF")]
    [InlineData("\"braced \\u{1F600} \\u{41} \\u{0000000041}\"", "braced 😀 A A")]
    [InlineData("\"pair \\uD83D\\uDE00\"", "pair 😀")]
    [InlineData("\"raw é ✓ 😀\"", "raw é ✓ 😀")]
    [InlineData("\"controls \u0001\u007F are source characters\"", "controls \u0001\u007F are source characters")]
    [InlineData("\"mixed \\u00e9 and é\"", "mixed é and é")]
    public void Strings_decode_to_their_value(string source, string value)
    {
        var token = Single(source);

        Assert.Equal((TokenKind.String, value), (token.Kind, token.Text));
    }

    [Fact]
    public void A_long_string_with_escapes_decodes_past_the_stack_buffer()
    {
        var body = string.Concat(Enumerable.Repeat("ab\\n", 200));

        var token = Single("\"" + body + "\"");

        Assert.Equal(string.Concat(Enumerable.Repeat("ab\n", 200)), token.Text);
    }

    [Theory]
    [InlineData("\"abc", "Syntax Error: Unterminated string.", 1, 5)]
    [InlineData("\"abc\ndef\"", "Syntax Error: Unterminated string.", 1, 5)]
    [InlineData("\"abc\rdef\"", "Syntax Error: Unterminated string.", 1, 5)]
    [InlineData("{ a(x: \"\\z\") }", "Syntax Error: Invalid character escape sequence: \"\\z\".", 1, 9)]
    [InlineData("\"\\x41\"", "Syntax Error: Invalid character escape sequence: \"\\x\".", 1, 2)]
    [InlineData("\"\\é\"", "Syntax Error: Invalid character escape sequence: \"\\é\".", 1, 2)]
    [InlineData("{ a(x: \"\\u{110000}\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\u{110000}\".", 1, 9)]
    [InlineData("{ a(x: \"\\uD800\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\uD800\".", 1, 9)]
    [InlineData("{ a(x: \"\\uD800\\u0041\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\uD800\".", 1, 9)]
    [InlineData("{ a(x: \"\\uDE00\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\uDE00\".", 1, 9)]
    [InlineData("{ a(x: \"\\u{D800}\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\u{D800}\".", 1, 9)]
    [InlineData("{ a(x: \"\\u12G4\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\u12G4\".", 1, 9)]
    [InlineData("{ a(x: \"\\u{12\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\u{12\"\".", 1, 9)]
    [InlineData("{ a(x: \"\\u{}\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\u{}\".", 1, 9)]
    [InlineData("\"\\u{FFFFFFFFFF}\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{FFFFFFFFFF}\".", 1, 2)]
    [InlineData("\"\\u12", "Syntax Error: Invalid Unicode escape sequence: \"\\u12\".", 1, 2)]
    [InlineData("\"\\u00😀\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u00😀\".", 1, 2)]
    [InlineData("x\n  \"ok\" \"bad \\q\"", "Syntax Error: Invalid character escape sequence: \"\\q\".", 2, 13)]
    public void Bad_strings_are_reported_where_they_go_wrong(string source, string message, int line, int column)
    {
        AssertError(LexError(source), message, line, column);
    }

    [Fact]
    public void Invalid_utf8_inside_a_string_is_reported()
    {
        var error = Assert.Throws<GraphQLSyntaxError>(() => Lex([(byte)'"', (byte)'a', 0xED, 0xA0, 0x80, (byte)'"']));

        AssertError(error, "Syntax Error: Invalid UTF-8 byte 0xED.", 1, 3);
    }

    [Theory]
    [InlineData("\"\"\"\"\"\"", "")]
    [InlineData("\"\"\"simple\"\"\"", "simple")]
    [InlineData("\"\"\" white space \"\"\"", " white space ")]
    [InlineData("\"\"\"contains \" quote\"\"\"", "contains \" quote")]
    [InlineData("\"\"\"contains \\\"\"\" triple quote\"\"\"", "contains \"\"\" triple quote")]
    [InlineData("\"\"\"multi\nline\"\"\"", "multi\nline")]
    [InlineData("\"\"\"multi\rline\r\nnormalized\"\"\"", "multi\nline\nnormalized")]
    [InlineData("\"\"\"unescaped \\n\\r\\b\\t\\f\\u1234\"\"\"", "unescaped \\n\\r\\b\\t\\f\\u1234")]
    [InlineData("\"\"\"slashes \\\\ \\/\"\"\"", "slashes \\\\ \\/")]
    [InlineData("\"\"\"\n\n        spans\n          multiple\n            lines\n\n        \"\"\"", "spans\n  multiple\n    lines")]
    [InlineData("\"\"\"  first line keeps its indent\n    second\"\"\"", "  first line keeps its indent\nsecond")]
    [InlineData("\"\"\"é ✓ 😀\"\"\"", "é ✓ 😀")]
    public void Block_strings_are_verbatim_and_dedented(string source, string value)
    {
        var token = Single(source);

        Assert.Equal((TokenKind.BlockString, value), (token.Kind, token.Text));
    }

    [Fact]
    public void Lines_inside_a_block_string_count_for_the_tokens_after_it()
    {
        var tokens = Lex("\"\"\"\none\r\ntwo\rthree\n\"\"\" after");

        Assert.Equal((5, 5), (tokens[1].Line, tokens[1].Column));
        Assert.Equal((1, 1), (tokens[0].Line, tokens[0].Column));
    }

    [Theory]
    [InlineData("\"\"\"abc", "Syntax Error: Unterminated string.", 1, 7)]
    [InlineData("\"\"\"abc\n\ndef\"\"", "Syntax Error: Unterminated string.", 3, 6)]
    [InlineData("{ a(x: \"\"\") }", "Syntax Error: Unterminated string.", 1, 14)]
    public void Unterminated_block_strings_are_reported_at_the_end_of_the_source(string source, string message, int line, int column)
    {
        AssertError(LexError(source), message, line, column);
    }

    [Fact]
    public void An_empty_string_followed_by_a_name_is_two_tokens()
    {
        var tokens = Lex("\"\"a");

        Assert.Equal([(TokenKind.String, ""), (TokenKind.Name, "a")], tokens.Select(token => (token.Kind, token.Text)));
    }
}

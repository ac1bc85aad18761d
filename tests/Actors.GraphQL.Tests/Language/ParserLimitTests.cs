using System.Text;
using Actors.GraphQL.Language;

namespace Actors.GraphQL.Tests.Language;

public sealed class ParserLimitTests
{
    private static GraphQLSyntaxError Refused(string source, ParserOptions options) =>
        Assert.Throws<GraphQLSyntaxError>(() => Parser.Parse(source, options));

    private static void AssertRefused(GraphQLSyntaxError error, string code, string message, int line, int column)
    {
        Assert.Equal(code, error.Code);
        Assert.Equal(message, error.Message);
        Assert.Equal((line, column), (error.Line, error.Column));
    }

    [Fact]
    public void The_defaults_are_one_mebibyte_fifteen_thousand_tokens_depth_sixty_four_and_five_thousand_fields()
    {
        var options = ParserOptions.Default;

        Assert.Equal((1_048_576, 15_000, 64, 5_000, false), (options.MaxDocumentBytes, options.MaxTokens, options.MaxDepth, options.MaxFields, options.NoLocations));
    }

    [Fact]
    public void A_one_mebibyte_document_is_refused_by_size_before_any_byte_is_read()
    {
        var utf8 = new byte[ParserOptions.Default.MaxDocumentBytes + 1];
        Array.Fill(utf8, (byte)'}');

        var fromBytes = Assert.Throws<GraphQLSyntaxError>(() => Parser.Parse(utf8));
        var fromString = Assert.Throws<GraphQLSyntaxError>(() => Parser.Parse(Encoding.UTF8.GetString(utf8)));

        foreach (var error in new[] { fromBytes, fromString })
        {
            AssertRefused(error, SyntaxErrorCodes.DocumentTooLarge, "Syntax Error: Document exceeds the maximum size of 1048576 bytes.", 1, 1);
            Assert.Equal(0, error.Offset);
        }
    }

    [Fact]
    public void A_document_of_exactly_the_maximum_size_is_parsed()
    {
        var options = new ParserOptions { MaxDocumentBytes = 5 };

        Assert.Single(Parser.Parse("{ a }", options).Definitions);
        AssertRefused(Refused("{ ab }", options), SyntaxErrorCodes.DocumentTooLarge, "Syntax Error: Document exceeds the maximum size of 5 bytes.", 1, 1);
    }

    [Fact]
    public void The_size_of_a_string_is_counted_in_utf8_bytes()
    {
        var options = new ParserOptions { MaxDocumentBytes = 5 };

        Assert.Equal(SyntaxErrorCodes.DocumentTooLarge, Refused("{ é }", options).Code);
    }

    [Fact]
    public void Tokens_past_the_limit_fail_at_the_first_token_too_many()
    {
        var options = new ParserOptions { MaxTokens = 4 };

        var error = Refused("{ a b c }", options);

        AssertRefused(error, SyntaxErrorCodes.TooManyTokens, "Syntax Error: Document contains more than 4 tokens. Parsing aborted.", 1, 9);
        Assert.Single(Parser.Parse("{ a b }", options).Definitions);
    }

    [Fact]
    public void Commas_comments_and_white_space_are_not_tokens()
    {
        var options = new ParserOptions { MaxTokens = 4 };

        Assert.Single(Parser.Parse("{ a,,, # c d e f\n\t b }", options).Definitions);
    }

    [Fact]
    public void Nested_selection_sets_past_the_depth_limit_fail()
    {
        var options = new ParserOptions { MaxDepth = 2 };

        Assert.Single(Parser.Parse("{ a { b } }", options).Definitions);
        AssertRefused(
            Refused("{ a { b { c } } }", options),
            SyntaxErrorCodes.MaxDepthExceeded,
            "Syntax Error: Document exceeds the maximum nesting depth of 2.",
            1,
            9);
    }

    [Theory]
    [InlineData("{ a(x: [[1]]) }", 1, 9)]
    [InlineData("{ a(x: {b: {c: 1}}) }", 1, 12)]
    [InlineData("{ a(x: [{b: 1}]) }", 1, 9)]
    [InlineData("query($a: [[[Int]]]) { a }", 1, 13)]
    [InlineData("query($a: [Int] = [[[1]]]) { a }", 1, 21)]
    [InlineData("type T { a(b: [[[Int]]]): Int }", 1, 17)]
    public void Values_and_list_types_count_toward_the_depth_with_selection_sets(string source, int line, int column)
    {
        var options = new ParserOptions { MaxDepth = 2 };

        AssertRefused(Refused(source, options), SyntaxErrorCodes.MaxDepthExceeded, "Syntax Error: Document exceeds the maximum nesting depth of 2.", line, column);
    }

    [Fact]
    public void A_deeply_nested_attack_stops_at_the_default_depth_without_exhausting_the_stack()
    {
        var source = new string('[', 200_000);

        var error = Assert.Throws<GraphQLSyntaxError>(() => Parser.ParseValue(source));

        AssertRefused(error, SyntaxErrorCodes.MaxDepthExceeded, "Syntax Error: Document exceeds the maximum nesting depth of 64.", 1, 65);
    }

    [Fact]
    public void Fields_past_the_limit_fail_and_every_alias_counts()
    {
        var options = new ParserOptions { MaxFields = 3 };

        Assert.Single(Parser.Parse("{ a { b } c }", options).Definitions);
        AssertRefused(
            Refused("{ x1: a x2: a x3: a x4: a }", options),
            SyntaxErrorCodes.TooManyFields,
            "Syntax Error: Document contains more than 3 fields.",
            1,
            21);
    }

    [Fact]
    public void Fields_in_fragments_and_other_operations_count_too()
    {
        var options = new ParserOptions { MaxFields = 3 };

        var error = Refused("{ a } query Q { b } fragment F on T { c d }", options);

        Assert.Equal((SyntaxErrorCodes.TooManyFields, 1, 41), (error.Code, error.Line, error.Column));
    }

    [Fact]
    public void Field_definitions_of_a_schema_are_not_field_selections()
    {
        var options = new ParserOptions { MaxFields = 1 };

        Assert.Single(Parser.Parse("type T { a: Int b: Int c: Int }", options).Definitions);
    }

    [Fact]
    public void Each_limit_has_its_own_code()
    {
        string[] codes =
        [
            SyntaxErrorCodes.ParseFailed, SyntaxErrorCodes.DocumentTooLarge, SyntaxErrorCodes.TooManyTokens,
            SyntaxErrorCodes.MaxDepthExceeded, SyntaxErrorCodes.TooManyFields,
        ];

        Assert.Equal(codes.Length, codes.Distinct().Count());
        Assert.Equal("DOCUMENT_TOO_LARGE", SyntaxErrorCodes.DocumentTooLarge);
        Assert.Equal("TOO_MANY_TOKENS", SyntaxErrorCodes.TooManyTokens);
        Assert.Equal("MAX_DEPTH_EXCEEDED", SyntaxErrorCodes.MaxDepthExceeded);
        Assert.Equal("TOO_MANY_FIELDS", SyntaxErrorCodes.TooManyFields);
    }

    [Theory]
    [InlineData(0, 1, 1, 1)]
    [InlineData(1, 0, 1, 1)]
    [InlineData(1, 1, -1, 1)]
    [InlineData(1, 1, 1, 0)]
    public void Limits_must_be_positive(int bytes, int tokens, int depth, int fields)
    {
        var options = new ParserOptions { MaxDocumentBytes = bytes, MaxTokens = tokens, MaxDepth = depth, MaxFields = fields };

        Assert.Throws<ArgumentOutOfRangeException>(() => Parser.Parse("{ a }", options));
    }

    [Fact]
    public void Without_locations_no_node_has_one()
    {
        var document = Parser.Parse("query Q($a: [Int!] = [1]) { a(b: {c: \"d\"}) @e { ...F } } fragment F on T { f }", new ParserOptions { NoLocations = true });

        var located = 0;
        var visited = 0;
        SyntaxWalker.Walk(document, new SyntaxVisitor().Enter<SyntaxNode>((node, _) =>
        {
            visited++;
            located += node.Location is null ? 0 : 1;
        }));

        Assert.Equal(0, located);
        Assert.True(visited > 20);
    }
}

using Actors.GraphQL.Language;

namespace Actors.GraphQL.Tests.Language;

public sealed class ParserErrorTests
{
    private static void AssertSyntaxError(string source, string message, int line, int column)
    {
        var error = Assert.Throws<GraphQLSyntaxError>(() => Parser.Parse(source));

        Assert.Equal(message, error.Message);
        Assert.Equal((line, column), (error.Line, error.Column));
        Assert.Equal(SyntaxErrorCodes.ParseFailed, error.Code);
        Assert.Equal("Syntax Error: " + error.Description, error.Message);
    }

    [Theory]
    [InlineData("", "Syntax Error: Unexpected <EOF>.", 1, 1)]
    [InlineData("{", "Syntax Error: Expected Name, found <EOF>.", 1, 2)]
    [InlineData("query", "Syntax Error: Expected \"{\", found <EOF>.", 1, 6)]
    [InlineData("notAnOperation Foo { field }", "Syntax Error: Unexpected Name \"notAnOperation\".", 1, 1)]
    [InlineData("{ a: }", "Syntax Error: Expected Name, found \"}\".", 1, 6)]
    [InlineData("{ a(b: ) }", "Syntax Error: Unexpected \")\".", 1, 8)]
    [InlineData("query Q($a) { a }", "Syntax Error: Expected \":\", found \")\".", 1, 11)]
    [InlineData("query Q() { a }", "Syntax Error: Expected \"$\", found \")\".", 1, 9)]
    [InlineData("{ a }}", "Syntax Error: Unexpected \"}\".", 1, 6)]
    [InlineData("type T { a }", "Syntax Error: Expected \":\", found \"}\".", 1, 12)]
    [InlineData("type T {}", "Syntax Error: Expected Name, found \"}\".", 1, 9)]
    [InlineData("schema {}", "Syntax Error: Expected Name, found \"}\".", 1, 9)]
    [InlineData("extend foo", "Syntax Error: Unexpected Name \"foo\".", 1, 8)]
    [InlineData("{ a(x: \"str\" \"str2\") }", "Syntax Error: Expected Name, found String \"str2\".", 1, 14)]
    [InlineData("input I { a: Int = $v }", "Syntax Error: Unexpected variable \"$v\" in constant value.", 1, 20)]
    [InlineData("type T @d(x: $v)", "Syntax Error: Unexpected variable \"$v\" in constant value.", 1, 14)]
    [InlineData("\"desc\"", "Syntax Error: Unexpected <EOF>.", 1, 7)]
    [InlineData("directive @d", "Syntax Error: Expected \"on\", found <EOF>.", 1, 13)]
    [InlineData("union U = ", "Syntax Error: Expected Name, found <EOF>.", 1, 11)]
    [InlineData("{ a(x: $) }", "Syntax Error: Expected Name, found \")\".", 1, 9)]
    [InlineData("query Q($a: Int = $) { a }", "Syntax Error: Unexpected \"$\".", 1, 19)]
    [InlineData("{ a(x: {b}) }", "Syntax Error: Expected \":\", found \"}\".", 1, 10)]
    [InlineData("{ a(x: [) }", "Syntax Error: Unexpected \")\".", 1, 9)]
    [InlineData("subscription { a } mutation", "Syntax Error: Expected \"{\", found <EOF>.", 1, 28)]
    [InlineData("fragment F { a }", "Syntax Error: Expected \"on\", found \"{\".", 1, 12)]
    [InlineData("query Q {\n  a(\n    x: \n  )\n}", "Syntax Error: Unexpected \")\".", 4, 3)]
    [InlineData("extend", "Syntax Error: Unexpected <EOF>.", 1, 7)]
    [InlineData("{ a(x: 1) (y) }", "Syntax Error: Expected Name, found \"(\".", 1, 11)]
    [InlineData("query Q($a: Int = $b) { a }", "Syntax Error: Unexpected variable \"$b\" in constant value.", 1, 19)]
    [InlineData("fragment on on T { a }", "Syntax Error: Unexpected Name \"on\".", 1, 10)]
    [InlineData("\"desc\" { a }", "Syntax Error: Unexpected description, descriptions are not supported on shorthand queries.", 1, 1)]
    [InlineData("\"desc\" extend type A", "Syntax Error: Unexpected description, only GraphQL definitions support descriptions.", 1, 1)]
    [InlineData("extend type A", "Syntax Error: Unexpected <EOF>.", 1, 14)]
    [InlineData("extend scalar A", "Syntax Error: Unexpected <EOF>.", 1, 16)]
    [InlineData("extend schema", "Syntax Error: Unexpected <EOF>.", 1, 14)]
    [InlineData("extend union U", "Syntax Error: Unexpected <EOF>.", 1, 15)]
    [InlineData("extend enum E", "Syntax Error: Unexpected <EOF>.", 1, 14)]
    [InlineData("extend input I", "Syntax Error: Unexpected <EOF>.", 1, 15)]
    [InlineData("extend interface I", "Syntax Error: Unexpected <EOF>.", 1, 19)]
    [InlineData("directive @d on FOO", "Syntax Error: Unexpected Name \"FOO\".", 1, 17)]
    [InlineData("enum E { true }", "Syntax Error: Name \"true\" is reserved and cannot be used for an enum value.", 1, 10)]
    [InlineData("enum E { null }", "Syntax Error: Name \"null\" is reserved and cannot be used for an enum value.", 1, 10)]
    [InlineData("enum E { false }", "Syntax Error: Name \"false\" is reserved and cannot be used for an enum value.", 1, 10)]
    [InlineData("{ ...on }", "Syntax Error: Expected Name, found \"}\".", 1, 9)]
    [InlineData("{ ... on T }", "Syntax Error: Expected \"{\", found \"}\".", 1, 12)]
    [InlineData("type T implements { a: Int }", "Syntax Error: Expected Name, found \"{\".", 1, 19)]
    [InlineData("directive @d(a: Int) repeatable", "Syntax Error: Expected \"on\", found <EOF>.", 1, 32)]
    [InlineData("{ a @ }", "Syntax Error: Expected Name, found \"}\".", 1, 7)]
    [InlineData("query Q @d(x: 1) @ { a }", "Syntax Error: Expected Name, found \"{\".", 1, 20)]
    [InlineData("\"\"\"block\"\"\" \"again\" type T", "Syntax Error: Unexpected String \"again\".", 1, 13)]
    [InlineData("[Int", "Syntax Error: Unexpected \"[\".", 1, 1)]
    public void Documents_that_break_the_grammar_fail_with_graphql_js_messages_and_locations(string source, string message, int line, int column)
    {
        AssertSyntaxError(source, message, line, column);
    }

    [Theory]
    [InlineData("schema { query: Q foo: F }", "Syntax Error: Unexpected Name \"foo\".", 1, 19)]
    [InlineData("{ a(x: 1 y: 2", "Syntax Error: Expected Name, found <EOF>.", 1, 14)]
    [InlineData("query Q(\"v\" $a: Int, \"w\") { a }", "Syntax Error: Expected \"$\", found \")\".", 1, 25)]
    [InlineData("\"described\" notAKeyword T", "Syntax Error: Unexpected description, only GraphQL definitions support descriptions.", 1, 1)]
    [InlineData("schema { sub-scription: S }", "Syntax Error: Invalid number, expected digit but got: \"s\".", 1, 14)]
    [InlineData("{ a }\n\n  b", "Syntax Error: Unexpected Name \"b\".", 3, 3)]
    [InlineData("type T { a(b: Int = $c): Int }", "Syntax Error: Unexpected variable \"$c\" in constant value.", 1, 21)]
    public void Errors_deeper_in_a_document_point_at_the_offending_token(string source, string message, int line, int column)
    {
        AssertSyntaxError(source, message, line, column);
    }

    [Fact]
    public void An_error_carries_the_byte_offset_of_the_offending_token()
    {
        var error = Assert.Throws<GraphQLSyntaxError>(() => Parser.Parse("{ \"é\" }"));

        Assert.Equal("Syntax Error: Expected Name, found String \"é\".", error.Message);
        Assert.Equal((2, 1, 3), (error.Offset, error.Line, error.Column));
    }

    [Fact]
    public void A_string_with_an_unpaired_surrogate_cannot_be_parsed()
    {
        var error = Assert.Throws<GraphQLSyntaxError>(() => Parser.Parse("{ a }\n  \"x\uD800\""));

        Assert.Equal("Syntax Error: Invalid character: U+D800.", error.Message);
        Assert.Equal((2, 5, 10), (error.Line, error.Column, error.Offset));
    }

    [Fact]
    public void A_value_or_type_entry_point_rejects_anything_after_it()
    {
        var value = Assert.Throws<GraphQLSyntaxError>(() => Parser.ParseValue("1 2"));
        var type = Assert.Throws<GraphQLSyntaxError>(() => Parser.ParseType("Int!!"));

        Assert.Equal(("Syntax Error: Expected <EOF>, found Int \"2\".", 1, 3), (value.Message, value.Line, value.Column));
        Assert.Equal(("Syntax Error: Expected <EOF>, found \"!\".", 1, 5), (type.Message, type.Line, type.Column));
    }

    [Fact]
    public void A_constant_value_entry_point_rejects_variables()
    {
        var error = Assert.Throws<GraphQLSyntaxError>(() => Parser.ParseConstValue("[1, $v]"));

        Assert.Equal(("Syntax Error: Unexpected variable \"$v\" in constant value.", 1, 5), (error.Message, error.Line, error.Column));
        Assert.IsType<ListValueNode>(Parser.ParseValue("[1, $v]"));
    }
}

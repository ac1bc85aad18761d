using Actors.GraphQL.Language;

namespace Actors.GraphQL.Tests.Language;

public sealed class PrinterTests
{
    private static string Reprint(string source) => Printer.Print(Parser.Parse(source));

    [Fact]
    public void The_kitchen_sink_query_prints_as_graphql_js_prints_it()
    {
        Assert.Equal(KitchenSink.PrintedQuery, Reprint(KitchenSink.Query));
    }

    [Fact]
    public void The_kitchen_sink_schema_prints_as_graphql_js_prints_it()
    {
        Assert.Equal(KitchenSink.PrintedSchema, Reprint(KitchenSink.Schema));
    }

    [Theory]
    [InlineData(nameof(KitchenSink.Query))]
    [InlineData(nameof(KitchenSink.Schema))]
    public void Printing_a_parsed_print_gives_the_same_text(string name)
    {
        var source = name == nameof(KitchenSink.Query) ? KitchenSink.Query : KitchenSink.Schema;

        var once = Reprint(source);
        var twice = Reprint(once);

        Assert.Equal(once, twice);
    }

    [Fact]
    public void A_reparsed_print_has_the_same_values()
    {
        var original = Parser.Parse(KitchenSink.Query);
        var reparsed = Parser.Parse(Printer.Print(original));

        Assert.Equal(Values(original), Values(reparsed));
    }

    private static List<string> Values(DocumentNode document)
    {
        var values = new List<string>();
        SyntaxWalker.Walk(document, new SyntaxVisitor()
            .Enter<StringValueNode>((node, _) => values.Add(node.Value + "|" + node.Block))
            .Enter<IntValueNode>((node, _) => values.Add(node.Value))
            .Enter<FloatValueNode>((node, _) => values.Add(node.Value))
            .Enter<NameNode>((node, _) => values.Add(node.Value)));
        return values;
    }

    [Theory]
    [InlineData("query { a }", "{\n  a\n}")]
    [InlineData("query Q { a }", "query Q {\n  a\n}")]
    [InlineData("query ($a: Int) { a }", "query ($a: Int) {\n  a\n}")]
    [InlineData("query @live { a }", "query @live {\n  a\n}")]
    [InlineData("mutation { a }", "mutation {\n  a\n}")]
    [InlineData("subscription { a }", "subscription {\n  a\n}")]
    [InlineData("\"Described\" query { a }", "\"Described\"\nquery {\n  a\n}")]
    public void The_query_keyword_is_left_out_only_when_nothing_needs_it(string source, string printed)
    {
        Assert.Equal(printed, Reprint(source));
    }

    [Fact]
    public void Variable_descriptions_put_one_variable_per_indented_line()
    {
        var printed = Reprint("query Q(\"The job\" $id: ID, $n: Int = 1) { a }");

        Assert.Equal("query Q(\n  \"The job\"\n  $id: ID\n  $n: Int = 1\n) {\n  a\n}", printed);
        Assert.Equal(printed, Reprint(printed));
    }

    [Fact]
    public void Arguments_longer_than_eighty_characters_go_on_their_own_lines()
    {
        var printed = Reprint("{ f(first: \"aaaaaaaaaaaaaaaaaaaaaaaaa\", second: \"bbbbbbbbbbbbbbbbbbbbbbbbbbbbbb\", t: 1) @d { x } }");

        Assert.Equal(
            "{\n  f(\n    first: \"aaaaaaaaaaaaaaaaaaaaaaaaa\"\n    second: \"bbbbbbbbbbbbbbbbbbbbbbbbbbbbbb\"\n    t: 1\n  ) @d {\n    x\n  }\n}",
            printed);
    }

    [Fact]
    public void Block_strings_stay_block_strings_and_indent_with_their_field()
    {
        var printed = Reprint("{ a { b(text: \"\"\"\n    line one\n      line two\n  \"\"\") } }");

        Assert.Equal("{\n  a {\n    b(text: \"\"\"\n    line one\n      line two\n    \"\"\")\n  }\n}", printed);
    }

    [Theory]
    [InlineData("a\"b\\c", "\"a\\\"b\\\\c\"")]
    [InlineData("\b\f\n\r\t", "\"\\b\\f\\n\\r\\t\"")]
    [InlineData("\u0000\u001F\u007F\u0080\u009F", "\"\\u0000\\u001F\\u007F\\u0080\\u009F\"")]
    [InlineData("é ✓ 😀 \u00A0 /", "\"é ✓ 😀 \u00A0 /\"")]
    public void Quoted_strings_escape_quotes_backslashes_and_control_characters(string value, string printed)
    {
        Assert.Equal(printed, Printer.PrintString(value));
    }

    [Fact]
    public void Argument_definitions_with_descriptions_go_on_their_own_lines()
    {
        var printed = Reprint("type T { f(\"The a\" a: Int, b: Int): Int } directive @d(\"\"\"x\"\"\" a: Int) on FIELD");

        Assert.Equal("type T {\n  f(\n    \"The a\"\n    a: Int\n    b: Int\n  ): Int\n}\n\ndirective @d(\n  \"\"\"x\"\"\"\n  a: Int\n) on FIELD", printed);
    }

    [Fact]
    public void Single_nodes_print_on_their_own()
    {
        var value = Parser.ParseValue("{a: [1, 2.5, \"s\", ENUM, null, true, $v], b: {}}");

        Assert.Equal("{a: [1, 2.5, \"s\", ENUM, null, true, $v], b: {}}", Printer.Print(value));
        Assert.Equal("[Int!]!", Printer.Print(Parser.ParseType("[ Int ! ] !")));
    }

    [Fact]
    public void Nodes_built_by_hand_print_without_locations()
    {
        var field = new FieldNode(new NameNode("alias"), new NameNode("field"), [new ArgumentNode(new NameNode("x"), new IntValueNode("1"))], [], null);
        var operation = new OperationDefinitionNode(null, OperationType.Query, null, [], [], new SelectionSetNode([field]));

        Assert.Equal("{\n  alias: field(x: 1)\n}", Printer.Print(new DocumentNode([operation])));
    }

    [Fact]
    public void To_string_prints_the_node()
    {
        var document = Parser.Parse("{ a(b: [1]) }");

        Assert.Equal("{\n  a(b: [1])\n}", document.ToString());
        Assert.Equal("b: [1]", ((FieldNode)((OperationDefinitionNode)document.Definitions[0]).SelectionSet.Selections[0]).Arguments[0].ToString());
    }

    [Fact]
    public void A_non_null_type_cannot_wrap_a_non_null_type()
    {
        var inner = new NonNullTypeNode(new NamedTypeNode(new NameNode("Int")));

        Assert.Throws<ArgumentException>(() => new NonNullTypeNode(inner));
    }
}

using Actors.GraphQL.Language;

namespace Actors.GraphQL.Tests.Language;

public sealed class ParserExecutableTests
{
    private static T Only<T>(string source)
        where T : DefinitionNode =>
        Assert.IsType<T>(Assert.Single(Parser.Parse(source).Definitions));

    [Fact]
    public void The_shorthand_form_is_an_anonymous_query()
    {
        var operation = Only<OperationDefinitionNode>("{ a }");

        Assert.Equal(OperationType.Query, operation.Operation);
        Assert.Null(operation.Name);
        Assert.Null(operation.Description);
        Assert.Empty(operation.VariableDefinitions);
        Assert.Empty(operation.Directives);
        Assert.Equal("a", Assert.IsType<FieldNode>(Assert.Single(operation.SelectionSet.Selections)).Name.Value);
    }

    [Theory]
    [InlineData("query Q { a }", OperationType.Query)]
    [InlineData("mutation Q { a }", OperationType.Mutation)]
    [InlineData("subscription Q { a }", OperationType.Subscription)]
    public void Each_operation_type_is_recognized(string source, OperationType type)
    {
        var operation = Only<OperationDefinitionNode>(source);

        Assert.Equal((type, "Q"), (operation.Operation, operation.Name!.Value));
    }

    [Fact]
    public void Variables_carry_types_defaults_and_directives()
    {
        var operation = Only<OperationDefinitionNode>(
            "query Q($id: ID!, $ids: [ID!]! = [\"a\"], $page: Page = {size: 10} @deprecated, $f: Float) @live { a }");

        var variables = operation.VariableDefinitions;
        Assert.Equal(["id", "ids", "page", "f"], variables.Select(variable => variable.Variable.Name.Value));
        var nonNull = Assert.IsType<NonNullTypeNode>(variables[0].Type);
        Assert.Equal("ID", Assert.IsType<NamedTypeNode>(nonNull.Type).Name.Value);
        var list = Assert.IsType<ListTypeNode>(Assert.IsType<NonNullTypeNode>(variables[1].Type).Type);
        Assert.IsType<NonNullTypeNode>(list.Type);
        Assert.Equal("a", Assert.IsType<StringValueNode>(Assert.Single(Assert.IsType<ListValueNode>(variables[1].DefaultValue).Values)).Value);
        Assert.Equal("size", Assert.Single(Assert.IsType<ObjectValueNode>(variables[2].DefaultValue).Fields).Name.Value);
        Assert.Equal("deprecated", Assert.Single(variables[2].Directives).Name.Value);
        Assert.Null(variables[3].DefaultValue);
        Assert.Equal("live", Assert.Single(operation.Directives).Name.Value);
    }

    [Fact]
    public void Fields_carry_aliases_arguments_directives_and_selections()
    {
        var operation = Only<OperationDefinitionNode>("{ best: job(id: 4, q: $q) @include(if: $on) { id } plain }");

        var field = Assert.IsType<FieldNode>(operation.SelectionSet.Selections[0]);
        Assert.Equal(("best", "job"), (field.Alias!.Value, field.Name.Value));
        Assert.Equal(["id", "q"], field.Arguments.Select(argument => argument.Name.Value));
        Assert.Equal("4", Assert.IsType<IntValueNode>(field.Arguments[0].Value).Value);
        Assert.Equal("q", Assert.IsType<VariableNode>(field.Arguments[1].Value).Name.Value);
        var directive = Assert.Single(field.Directives);
        Assert.Equal(("include", "if"), (directive.Name.Value, Assert.Single(directive.Arguments).Name.Value));
        Assert.NotNull(field.SelectionSet);
        var plain = Assert.IsType<FieldNode>(operation.SelectionSet.Selections[1]);
        Assert.Null(plain.Alias);
        Assert.Null(plain.SelectionSet);
        Assert.Empty(plain.Arguments);
    }

    [Fact]
    public void Fragment_spreads_and_inline_fragments_are_told_apart()
    {
        var operation = Only<OperationDefinitionNode>("{ ...Card @defer ... on Job { id } ... @skip(if: true) { id } ... { id } }");

        var selections = operation.SelectionSet.Selections;
        var spread = Assert.IsType<FragmentSpreadNode>(selections[0]);
        Assert.Equal(("Card", "defer"), (spread.Name.Value, Assert.Single(spread.Directives).Name.Value));
        var typed = Assert.IsType<InlineFragmentNode>(selections[1]);
        Assert.Equal("Job", typed.TypeCondition!.Name.Value);
        var directed = Assert.IsType<InlineFragmentNode>(selections[2]);
        Assert.Null(directed.TypeCondition);
        Assert.Equal("skip", Assert.Single(directed.Directives).Name.Value);
        Assert.Null(Assert.IsType<InlineFragmentNode>(selections[3]).TypeCondition);
    }

    [Fact]
    public void A_fragment_definition_has_a_name_type_condition_and_directives()
    {
        var fragment = Only<FragmentDefinitionNode>("fragment Card on Proposal @defer { id }");

        Assert.Equal(("Card", "Proposal", "defer"), (fragment.Name.Value, fragment.TypeCondition.Name.Value, Assert.Single(fragment.Directives).Name.Value));
        Assert.Null(fragment.Description);
    }

    [Fact]
    public void Operations_fragments_and_variables_may_carry_descriptions()
    {
        var document = Parser.Parse(""""
            "Loads a job"
            query Q(
              "which job" $id: ID
              """block""" $other: Int
            ) { a }
            """
            A card
            """
            fragment Card on Job { id }
            """");

        var operation = Assert.IsType<OperationDefinitionNode>(document.Definitions[0]);
        Assert.Equal(("Loads a job", false), (operation.Description!.Value, operation.Description.Block));
        Assert.Equal("which job", operation.VariableDefinitions[0].Description!.Value);
        Assert.Equal(("block", true), (operation.VariableDefinitions[1].Description!.Value, operation.VariableDefinitions[1].Description!.Block));
        var fragment = Assert.IsType<FragmentDefinitionNode>(document.Definitions[1]);
        Assert.Equal(("A card", true), (fragment.Description!.Value, fragment.Description.Block));
    }

    [Fact]
    public void Every_value_kind_is_parsed()
    {
        var value = Assert.IsType<ObjectValueNode>(Parser.ParseValue(
            "{int: -12, float: 1.5e3, string: \"s\", block: \"\"\"b\"\"\", yes: true, no: false, nothing: null, color: RED, list: [1, [2]], empty: {}, variable: $v}"));

        var fields = value.Fields.ToDictionary(field => field.Name.Value, field => field.Value);
        Assert.Equal("-12", Assert.IsType<IntValueNode>(fields["int"]).Value);
        Assert.Equal("1.5e3", Assert.IsType<FloatValueNode>(fields["float"]).Value);
        Assert.Equal(("s", false), (Assert.IsType<StringValueNode>(fields["string"]).Value, ((StringValueNode)fields["string"]).Block));
        Assert.True(Assert.IsType<StringValueNode>(fields["block"]).Block);
        Assert.True(Assert.IsType<BooleanValueNode>(fields["yes"]).Value);
        Assert.False(Assert.IsType<BooleanValueNode>(fields["no"]).Value);
        Assert.IsType<NullValueNode>(fields["nothing"]);
        Assert.Equal("RED", Assert.IsType<EnumValueNode>(fields["color"]).Value);
        var list = Assert.IsType<ListValueNode>(fields["list"]);
        Assert.Equal(2, list.Values.Count);
        Assert.IsType<ListValueNode>(list.Values[1]);
        Assert.Empty(Assert.IsType<ObjectValueNode>(fields["empty"]).Fields);
        Assert.Equal("v", Assert.IsType<VariableNode>(fields["variable"]).Name.Value);
    }

    [Fact]
    public void Large_numbers_keep_every_digit()
    {
        var value = Parser.ParseConstValue("123456789012345678901234567890.000000000000000000001");

        Assert.Equal("123456789012345678901234567890.000000000000000000001", Assert.IsType<FloatValueNode>(value).Value);
    }

    [Theory]
    [InlineData("String", "String")]
    [InlineData("String!", "String!")]
    [InlineData("[String]", "[String]")]
    [InlineData("[[Int!]!]!", "[[Int!]!]!")]
    public void Type_references_parse_on_their_own(string source, string printed)
    {
        Assert.Equal(printed, Printer.Print(Parser.ParseType(source)));
    }

    [Fact]
    public void Keywords_are_ordinary_names_where_a_name_is_expected()
    {
        var operation = Only<OperationDefinitionNode>(
            "query query($on: on) { fragment(query: mutation, subscription: true) { on type schema extend } ...query }");

        var field = Assert.IsType<FieldNode>(operation.SelectionSet.Selections[0]);
        Assert.Equal("query", operation.Name!.Value);
        Assert.Equal("fragment", field.Name.Value);
        Assert.Equal("mutation", Assert.IsType<EnumValueNode>(field.Arguments[0].Value).Value);
        Assert.Equal(["on", "type", "schema", "extend"], field.SelectionSet!.Selections.Cast<FieldNode>().Select(child => child.Name.Value));
        Assert.Equal("query", Assert.IsType<FragmentSpreadNode>(operation.SelectionSet.Selections[1]).Name.Value);
    }

    [Fact]
    public void A_document_may_mix_executable_and_type_system_definitions()
    {
        var document = Parser.Parse("{ a } type A { a: Int } fragment F on A { a } extend type A @d");

        Assert.Equal(
            [SyntaxKind.OperationDefinition, SyntaxKind.ObjectTypeDefinition, SyntaxKind.FragmentDefinition, SyntaxKind.ObjectTypeExtension],
            document.Definitions.Select(definition => definition.Kind));
    }

    [Fact]
    public void The_same_name_is_one_string_within_a_parse()
    {
        var operation = Only<OperationDefinitionNode>("{ id job { id } other { id } }");

        var first = ((FieldNode)operation.SelectionSet.Selections[0]).Name.Value;
        var nested = ((FieldNode)((FieldNode)operation.SelectionSet.Selections[2]).SelectionSet!.Selections[0]).Name.Value;
        Assert.Same(first, nested);
    }

    [Fact]
    public void Utf8_bytes_and_strings_parse_to_the_same_tree()
    {
        const string source = "query Q($a: [Int] = [1]) { job(text: \"é ✓\") { ... on Job { id } } }";

        var fromString = Parser.Parse(source);
        var fromBytes = Parser.Parse(System.Text.Encoding.UTF8.GetBytes(source));

        Assert.Equal(Printer.Print(fromString), Printer.Print(fromBytes));
        Assert.Equal(fromString.Definitions[0].Location, fromBytes.Definitions[0].Location);
    }

    [Fact]
    public void Nodes_are_equal_only_to_themselves_even_without_locations()
    {
        var operation = Only<OperationDefinitionNode>("{ a a }");
        var unlocated = Assert.IsType<OperationDefinitionNode>(Parser.Parse("{ a a }", new ParserOptions { NoLocations = true }).Definitions[0]);

        var first = unlocated.SelectionSet.Selections[0];
        var second = unlocated.SelectionSet.Selections[1];
        Assert.Equal(Printer.Print(first), Printer.Print(second));
        Assert.NotEqual(first, second);
        Assert.Equal(first, first);
        Assert.Equal(2, new HashSet<SyntaxNode>(unlocated.SelectionSet.Selections).Count);
        Assert.NotEqual<SyntaxNode>(operation, unlocated);
    }
}

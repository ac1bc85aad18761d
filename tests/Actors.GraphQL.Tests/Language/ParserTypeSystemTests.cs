using Actors.GraphQL.Language;

namespace Actors.GraphQL.Tests.Language;

public sealed class ParserTypeSystemTests
{
    private static T Only<T>(string source)
        where T : DefinitionNode =>
        Assert.IsType<T>(Assert.Single(Parser.Parse(source).Definitions));

    private static string[] Names(IEnumerable<NamedTypeNode> types) => [.. types.Select(type => type.Name.Value)];

    [Fact]
    public void A_schema_definition_lists_its_root_operation_types()
    {
        var schema = Only<SchemaDefinitionNode>("\"The schema\" schema @link(url: \"x\") { query: Q mutation: M subscription: S }");

        Assert.Equal("The schema", schema.Description!.Value);
        Assert.Equal("link", Assert.Single(schema.Directives).Name.Value);
        Assert.Equal(
            [(OperationType.Query, "Q"), (OperationType.Mutation, "M"), (OperationType.Subscription, "S")],
            schema.OperationTypes.Select(operationType => (operationType.Operation, operationType.Type.Name.Value)));
    }

    [Fact]
    public void A_scalar_has_a_name_description_and_directives()
    {
        var scalar = Only<ScalarTypeDefinitionNode>("\"\"\"ISO-8601\"\"\" scalar DateTime @specifiedBy(url: \"https://example.com\")");

        Assert.Equal(("DateTime", "ISO-8601", true), (scalar.Name.Value, scalar.Description!.Value, scalar.Description.Block));
        Assert.Equal("specifiedBy", Assert.Single(scalar.Directives).Name.Value);
    }

    [Fact]
    public void An_object_type_has_interfaces_directives_and_fields_with_arguments()
    {
        var type = Only<ObjectTypeDefinitionNode>("""
            "A job"
            type Job implements Node & Entity @key(fields: "id") {
              "The id" id: ID!
              proposals("How many" first: Int = 10 @deprecated, after: String): [Proposal!]! @cost(weight: "5")
            }
            """);

        Assert.Equal(("Job", "A job"), (type.Name.Value, type.Description!.Value));
        Assert.Equal(["Node", "Entity"], Names(type.Interfaces));
        Assert.Equal("key", Assert.Single(type.Directives).Name.Value);
        Assert.Equal("The id", type.Fields[0].Description!.Value);
        var proposals = type.Fields[1];
        Assert.Equal(["first", "after"], proposals.Arguments.Select(argument => argument.Name.Value));
        Assert.Equal("How many", proposals.Arguments[0].Description!.Value);
        Assert.Equal("10", Assert.IsType<IntValueNode>(proposals.Arguments[0].DefaultValue).Value);
        Assert.Equal("deprecated", Assert.Single(proposals.Arguments[0].Directives).Name.Value);
        Assert.Equal("[Proposal!]!", Printer.Print(proposals.Type));
        Assert.Equal("cost", Assert.Single(proposals.Directives).Name.Value);
    }

    [Theory]
    [InlineData("type A implements B & C")]
    [InlineData("type A implements & B & C")]
    public void A_leading_ampersand_before_the_first_interface_is_allowed(string source)
    {
        Assert.Equal(["B", "C"], Names(Only<ObjectTypeDefinitionNode>(source).Interfaces));
    }

    [Fact]
    public void A_type_may_have_no_fields()
    {
        var type = Only<ObjectTypeDefinitionNode>("type Empty");

        Assert.Empty(type.Fields);
        Assert.Empty(type.Interfaces);
    }

    [Fact]
    public void Interfaces_may_implement_interfaces()
    {
        var iface = Only<InterfaceTypeDefinitionNode>("\"Named\" interface Resource implements Node & Named @tag { id: ID! url: String }");

        Assert.Equal(("Resource", "Named"), (iface.Name.Value, iface.Description!.Value));
        Assert.Equal(["Node", "Named"], Names(iface.Interfaces));
        Assert.Equal(["id", "url"], iface.Fields.Select(field => field.Name.Value));
        Assert.Equal("tag", Assert.Single(iface.Directives).Name.Value);
    }

    [Theory]
    [InlineData("union U = A | B")]
    [InlineData("union U = | A | B")]
    [InlineData("union U =\n  | A\n  | B")]
    public void A_union_lists_its_members_with_an_optional_leading_pipe(string source)
    {
        Assert.Equal(["A", "B"], Names(Only<UnionTypeDefinitionNode>(source).Types));
    }

    [Fact]
    public void A_union_may_have_no_members()
    {
        Assert.Empty(Only<UnionTypeDefinitionNode>("union Lonely @tag").Types);
    }

    [Fact]
    public void An_enum_has_values_with_descriptions_and_directives()
    {
        var enumType = Only<EnumTypeDefinitionNode>("enum Status { OPEN \"closed\" CLOSED @deprecated(reason: \"no\") }");

        Assert.Equal(["OPEN", "CLOSED"], enumType.Values.Select(value => value.Name.Value));
        Assert.Equal("closed", enumType.Values[1].Description!.Value);
        Assert.Equal("deprecated", Assert.Single(enumType.Values[1].Directives).Name.Value);
    }

    [Fact]
    public void An_input_object_takes_fields_with_defaults_and_the_one_of_directive_as_any_directive()
    {
        var input = Only<InputObjectTypeDefinitionNode>("input Pick @oneOf { id: ID name: String = \"x\" @deprecated }");

        Assert.Equal("oneOf", Assert.Single(input.Directives).Name.Value);
        Assert.Empty(Assert.Single(input.Directives).Arguments);
        Assert.Equal(["id", "name"], input.Fields.Select(field => field.Name.Value));
        Assert.Equal("x", Assert.IsType<StringValueNode>(input.Fields[1].DefaultValue).Value);
    }

    [Fact]
    public void A_directive_definition_has_arguments_repeatable_and_locations()
    {
        var directive = Only<DirectiveDefinitionNode>("\"Tag\" directive @tag(name: String!) repeatable on | SCHEMA | FIELD_DEFINITION | QUERY");

        Assert.Equal(("tag", "Tag", true), (directive.Name.Value, directive.Description!.Value, directive.Repeatable));
        Assert.Equal("name", Assert.Single(directive.Arguments).Name.Value);
        Assert.Equal(["SCHEMA", "FIELD_DEFINITION", "QUERY"], directive.Locations.Select(location => location.Value));
    }

    [Fact]
    public void A_directive_is_not_repeatable_unless_it_says_so()
    {
        var directive = Only<DirectiveDefinitionNode>("directive @once on FIELD");

        Assert.False(directive.Repeatable);
        Assert.Empty(directive.Arguments);
    }

    [Fact]
    public void Every_directive_location_of_the_spec_is_accepted()
    {
        string[] locations =
        [
            "QUERY", "MUTATION", "SUBSCRIPTION", "FIELD", "FRAGMENT_DEFINITION", "FRAGMENT_SPREAD", "INLINE_FRAGMENT",
            "VARIABLE_DEFINITION", "SCHEMA", "SCALAR", "OBJECT", "FIELD_DEFINITION", "ARGUMENT_DEFINITION", "INTERFACE",
            "UNION", "ENUM", "ENUM_VALUE", "INPUT_OBJECT", "INPUT_FIELD_DEFINITION",
        ];

        var directive = Only<DirectiveDefinitionNode>("directive @all on " + string.Join(" | ", locations));

        Assert.Equal(locations, directive.Locations.Select(location => location.Value));
    }

    [Fact]
    public void Schema_extensions_add_directives_or_operation_types()
    {
        var document = Parser.Parse("extend schema @tag extend schema { subscription: S } extend schema @a { query: Q }");

        var extensions = document.Definitions.Cast<SchemaExtensionNode>().ToList();
        Assert.Equal("tag", Assert.Single(extensions[0].Directives).Name.Value);
        Assert.Empty(extensions[0].OperationTypes);
        Assert.Equal(OperationType.Subscription, Assert.Single(extensions[1].OperationTypes).Operation);
        Assert.Equal(("a", "Q"), (Assert.Single(extensions[2].Directives).Name.Value, Assert.Single(extensions[2].OperationTypes).Type.Name.Value));
    }

    [Fact]
    public void Every_type_extension_form_is_parsed()
    {
        var document = Parser.Parse("""
            extend scalar DateTime @tag
            extend type Job implements Node
            extend type Job @tag
            extend type Job { budget: Money }
            extend interface Entity implements Node
            extend interface Entity @tag { name: String }
            extend union Result = Client | Job
            extend union Result @tag
            extend enum Status { ARCHIVED }
            extend enum Status @tag
            extend input Filter { min: Float }
            extend input Filter @tag
            """);

        var definitions = document.Definitions;
        Assert.Equal("DateTime", Assert.IsType<ScalarTypeExtensionNode>(definitions[0]).Name.Value);
        Assert.Equal(["Node"], Names(Assert.IsType<ObjectTypeExtensionNode>(definitions[1]).Interfaces));
        Assert.Single(Assert.IsType<ObjectTypeExtensionNode>(definitions[2]).Directives);
        Assert.Equal("budget", Assert.Single(Assert.IsType<ObjectTypeExtensionNode>(definitions[3]).Fields).Name.Value);
        Assert.Equal(["Node"], Names(Assert.IsType<InterfaceTypeExtensionNode>(definitions[4]).Interfaces));
        Assert.Equal("name", Assert.Single(Assert.IsType<InterfaceTypeExtensionNode>(definitions[5]).Fields).Name.Value);
        Assert.Equal(["Client", "Job"], Names(Assert.IsType<UnionTypeExtensionNode>(definitions[6]).Types));
        Assert.Single(Assert.IsType<UnionTypeExtensionNode>(definitions[7]).Directives);
        Assert.Equal("ARCHIVED", Assert.Single(Assert.IsType<EnumTypeExtensionNode>(definitions[8]).Values).Name.Value);
        Assert.Single(Assert.IsType<EnumTypeExtensionNode>(definitions[9]).Directives);
        Assert.Equal("min", Assert.Single(Assert.IsType<InputObjectTypeExtensionNode>(definitions[10]).Fields).Name.Value);
        Assert.Single(Assert.IsType<InputObjectTypeExtensionNode>(definitions[11]).Directives);
    }

    [Fact]
    public void Type_definitions_share_their_base_members()
    {
        var document = Parser.Parse("\"d\" scalar S @a type T @b enum E @c extend union U @d");

        var definitions = document.Definitions.OfType<TypeDefinitionNode>().ToList();
        Assert.Equal(["S", "T", "E"], definitions.Select(definition => definition.Name.Value));
        Assert.Equal("d", definitions[0].Description!.Value);
        Assert.Equal(["a", "b", "c", "d"], document.Definitions.Cast<IHasDirectives>().Select(definition => definition.Directives[0].Name.Value));
        Assert.Equal("U", Assert.IsType<UnionTypeExtensionNode>(document.Definitions[3]).Name.Value);
    }
}

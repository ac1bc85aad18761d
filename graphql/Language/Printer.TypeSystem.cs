namespace Actors.GraphQL.Language;

/// <summary>Printing of type-system definitions and extensions (SDL).</summary>
public static partial class Printer
{
    private static string PrintTypeSystem(SyntaxNode node) => node switch
    {
        SchemaDefinitionNode schema => Description(schema.Description)
            + Join(["schema", Directives(schema.Directives), Block(PrintAll(schema.OperationTypes))], " "),
        OperationTypeDefinitionNode operationType => Keyword(operationType.Operation) + ": " + operationType.Type.Name.Value,
        ScalarTypeDefinitionNode scalar => Description(scalar.Description)
            + Join(["scalar", scalar.Name.Value, Directives(scalar.Directives)], " "),
        ObjectTypeDefinitionNode obj => Description(obj.Description)
            + Join(["type", obj.Name.Value, Interfaces(obj.Interfaces), Directives(obj.Directives), Block(PrintAll(obj.Fields))], " "),
        FieldDefinitionNode field => Description(field.Description)
            + field.Name.Value + ArgumentsDefinition(field.Arguments) + ": " + Print(field.Type)
            + Wrap(" ", Directives(field.Directives)),
        InputValueDefinitionNode input => Description(input.Description)
            + Join(
                [
                    input.Name.Value + ": " + Print(input.Type),
                    Wrap("= ", input.DefaultValue is null ? null : Print(input.DefaultValue)),
                    Directives(input.Directives),
                ],
                " "),
        InterfaceTypeDefinitionNode iface => Description(iface.Description)
            + Join(["interface", iface.Name.Value, Interfaces(iface.Interfaces), Directives(iface.Directives), Block(PrintAll(iface.Fields))], " "),
        UnionTypeDefinitionNode union => Description(union.Description)
            + Join(["union", union.Name.Value, Directives(union.Directives), Members(union.Types)], " "),
        EnumTypeDefinitionNode enumType => Description(enumType.Description)
            + Join(["enum", enumType.Name.Value, Directives(enumType.Directives), Block(PrintAll(enumType.Values))], " "),
        EnumValueDefinitionNode value => Description(value.Description)
            + Join([value.Name.Value, Directives(value.Directives)], " "),
        InputObjectTypeDefinitionNode input => Description(input.Description)
            + Join(["input", input.Name.Value, Directives(input.Directives), Block(PrintAll(input.Fields))], " "),
        DirectiveDefinitionNode directive => Description(directive.Description)
            + "directive @" + directive.Name.Value + ArgumentsDefinition(directive.Arguments)
            + (directive.Repeatable ? " repeatable" : "") + " on " + Join(PrintAll(directive.Locations), " | "),
        SchemaExtensionNode schema => Join(
            ["extend schema", Directives(schema.Directives), Block(PrintAll(schema.OperationTypes))], " "),
        ScalarTypeExtensionNode scalar => Join(["extend scalar", scalar.Name.Value, Directives(scalar.Directives)], " "),
        ObjectTypeExtensionNode obj => Join(
            ["extend type", obj.Name.Value, Interfaces(obj.Interfaces), Directives(obj.Directives), Block(PrintAll(obj.Fields))], " "),
        InterfaceTypeExtensionNode iface => Join(
            ["extend interface", iface.Name.Value, Interfaces(iface.Interfaces), Directives(iface.Directives), Block(PrintAll(iface.Fields))], " "),
        UnionTypeExtensionNode union => Join(
            ["extend union", union.Name.Value, Directives(union.Directives), Members(union.Types)], " "),
        EnumTypeExtensionNode enumType => Join(
            ["extend enum", enumType.Name.Value, Directives(enumType.Directives), Block(PrintAll(enumType.Values))], " "),
        InputObjectTypeExtensionNode input => Join(
            ["extend input", input.Name.Value, Directives(input.Directives), Block(PrintAll(input.Fields))], " "),
        _ => throw new ArgumentException($"Cannot print a node of kind {node.Kind}.", nameof(node)),
    };

    /// <summary>Arguments on one line, or one per line when any of them (a description, a block string) spans lines.</summary>
    private static string ArgumentsDefinition(IReadOnlyList<InputValueDefinitionNode> arguments)
    {
        var printed = PrintAll(arguments);
        return HasMultilineItems(printed)
            ? Wrap("(\n", Indent(Join(printed, "\n")), "\n)")
            : Wrap("(", Join(printed, ", "), ")");
    }

    private static string Interfaces(IReadOnlyList<NamedTypeNode> interfaces) =>
        Wrap("implements ", Join(PrintAll(interfaces), " & "));

    private static string Members(IReadOnlyList<NamedTypeNode> types) => Wrap("= ", Join(PrintAll(types), " | "));
}

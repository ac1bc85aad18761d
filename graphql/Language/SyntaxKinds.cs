namespace Actors.GraphQL.Language;

/// <summary>Facts about <see cref="SyntaxKind"/> values.</summary>
public static class SyntaxKinds
{
    /// <summary>The node record type of <paramref name="kind"/>.</summary>
    public static Type NodeType(SyntaxKind kind) => kind switch
    {
        SyntaxKind.Name => typeof(NameNode),
        SyntaxKind.Document => typeof(DocumentNode),
        SyntaxKind.OperationDefinition => typeof(OperationDefinitionNode),
        SyntaxKind.VariableDefinition => typeof(VariableDefinitionNode),
        SyntaxKind.SelectionSet => typeof(SelectionSetNode),
        SyntaxKind.Field => typeof(FieldNode),
        SyntaxKind.Argument => typeof(ArgumentNode),
        SyntaxKind.FragmentSpread => typeof(FragmentSpreadNode),
        SyntaxKind.InlineFragment => typeof(InlineFragmentNode),
        SyntaxKind.FragmentDefinition => typeof(FragmentDefinitionNode),
        SyntaxKind.Variable => typeof(VariableNode),
        SyntaxKind.IntValue => typeof(IntValueNode),
        SyntaxKind.FloatValue => typeof(FloatValueNode),
        SyntaxKind.StringValue => typeof(StringValueNode),
        SyntaxKind.BooleanValue => typeof(BooleanValueNode),
        SyntaxKind.NullValue => typeof(NullValueNode),
        SyntaxKind.EnumValue => typeof(EnumValueNode),
        SyntaxKind.ListValue => typeof(ListValueNode),
        SyntaxKind.ObjectValue => typeof(ObjectValueNode),
        SyntaxKind.ObjectField => typeof(ObjectFieldNode),
        SyntaxKind.Directive => typeof(DirectiveNode),
        SyntaxKind.NamedType => typeof(NamedTypeNode),
        SyntaxKind.ListType => typeof(ListTypeNode),
        SyntaxKind.NonNullType => typeof(NonNullTypeNode),
        SyntaxKind.SchemaDefinition => typeof(SchemaDefinitionNode),
        SyntaxKind.OperationTypeDefinition => typeof(OperationTypeDefinitionNode),
        SyntaxKind.ScalarTypeDefinition => typeof(ScalarTypeDefinitionNode),
        SyntaxKind.ObjectTypeDefinition => typeof(ObjectTypeDefinitionNode),
        SyntaxKind.FieldDefinition => typeof(FieldDefinitionNode),
        SyntaxKind.InputValueDefinition => typeof(InputValueDefinitionNode),
        SyntaxKind.InterfaceTypeDefinition => typeof(InterfaceTypeDefinitionNode),
        SyntaxKind.UnionTypeDefinition => typeof(UnionTypeDefinitionNode),
        SyntaxKind.EnumTypeDefinition => typeof(EnumTypeDefinitionNode),
        SyntaxKind.EnumValueDefinition => typeof(EnumValueDefinitionNode),
        SyntaxKind.InputObjectTypeDefinition => typeof(InputObjectTypeDefinitionNode),
        SyntaxKind.DirectiveDefinition => typeof(DirectiveDefinitionNode),
        SyntaxKind.SchemaExtension => typeof(SchemaExtensionNode),
        SyntaxKind.ScalarTypeExtension => typeof(ScalarTypeExtensionNode),
        SyntaxKind.ObjectTypeExtension => typeof(ObjectTypeExtensionNode),
        SyntaxKind.InterfaceTypeExtension => typeof(InterfaceTypeExtensionNode),
        SyntaxKind.UnionTypeExtension => typeof(UnionTypeExtensionNode),
        SyntaxKind.EnumTypeExtension => typeof(EnumTypeExtensionNode),
        SyntaxKind.InputObjectTypeExtension => typeof(InputObjectTypeExtensionNode),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}

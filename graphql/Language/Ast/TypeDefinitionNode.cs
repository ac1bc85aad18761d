namespace Actors.GraphQL.Language;

/// <summary>
/// A named type definition.
/// <code>TypeDefinition : ScalarTypeDefinition | ObjectTypeDefinition | InterfaceTypeDefinition | UnionTypeDefinition | EnumTypeDefinition | InputObjectTypeDefinition</code>
/// </summary>
public abstract record TypeDefinitionNode : TypeSystemDefinitionNode, IHasDirectives
{
    /// <summary>The type's name.</summary>
    public abstract NameNode Name { get; init; }

    /// <inheritdoc/>
    public abstract IReadOnlyList<DirectiveNode> Directives { get; init; }
}

namespace Actors.GraphQL.Language;

/// <summary>
/// An extension of a named type.
/// <code>TypeExtension : ScalarTypeExtension | ObjectTypeExtension | InterfaceTypeExtension | UnionTypeExtension | EnumTypeExtension | InputObjectTypeExtension</code>
/// </summary>
public abstract record TypeExtensionNode : TypeSystemExtensionNode, IHasDirectives
{
    /// <summary>The name of the extended type.</summary>
    public abstract NameNode Name { get; init; }

    /// <inheritdoc/>
    public abstract IReadOnlyList<DirectiveNode> Directives { get; init; }
}

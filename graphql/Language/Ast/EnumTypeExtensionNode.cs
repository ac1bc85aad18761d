namespace Actors.GraphQL.Language;

/// <summary>
/// An enum type extension.
/// <code>EnumTypeExtension : extend enum Name Directives[Const]? EnumValuesDefinition | extend enum Name Directives[Const]</code>
/// </summary>
/// <param name="Name">The name.</param>
/// <param name="Directives">Directives applied here, in source order; empty when none.</param>
/// <param name="Values">The values, in source order.</param>
public sealed record EnumTypeExtensionNode(
    NameNode Name,
    IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<EnumValueDefinitionNode> Values)
    : TypeExtensionNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.EnumTypeExtension;

    /// <inheritdoc/>
    public bool Equals(EnumTypeExtensionNode? other) => ReferenceEquals(this, other);

    /// <inheritdoc/>
    public override int GetHashCode() => base.GetHashCode();
}

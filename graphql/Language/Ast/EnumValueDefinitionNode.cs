namespace Actors.GraphQL.Language;

/// <summary>
/// One value of an enum type.
/// <code>EnumValueDefinition : Description? EnumValue Directives[Const]?</code>
/// </summary>
/// <param name="Description">The description, a string or block string before the definition; null when absent.</param>
/// <param name="Name">The name.</param>
/// <param name="Directives">Directives applied here, in source order; empty when none.</param>
public sealed record EnumValueDefinitionNode(
    StringValueNode? Description,
    NameNode Name,
    IReadOnlyList<DirectiveNode> Directives)
    : SyntaxNode, IHasDirectives, IHasDescription
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.EnumValueDefinition;

    /// <inheritdoc/>
    public bool Equals(EnumValueDefinitionNode? other) => ReferenceEquals(this, other);

    /// <inheritdoc/>
    public override int GetHashCode() => base.GetHashCode();
}

namespace Actors.GraphQL.Language;

/// <summary>
/// An argument definition or an input object field.
/// <code>InputValueDefinition : Description? Name : Type DefaultValue? Directives[Const]?</code>
/// </summary>
/// <param name="Description">The description, a string or block string before the definition; null when absent.</param>
/// <param name="Name">The name.</param>
/// <param name="Type">The type reference.</param>
/// <param name="DefaultValue">The constant default value; null when none is written.</param>
/// <param name="Directives">Directives applied here, in source order; empty when none.</param>
public sealed record InputValueDefinitionNode(
    StringValueNode? Description,
    NameNode Name,
    TypeNode Type,
    ValueNode? DefaultValue,
    IReadOnlyList<DirectiveNode> Directives)
    : SyntaxNode, IHasDirectives, IHasDescription
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.InputValueDefinition;

    /// <inheritdoc/>
    public bool Equals(InputValueDefinitionNode? other) => ReferenceEquals(this, other);

    /// <inheritdoc/>
    public override int GetHashCode() => base.GetHashCode();
}

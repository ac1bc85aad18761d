namespace Actors.GraphQL.Language;

/// <summary>
/// A field of an object or interface type.
/// <code>FieldDefinition : Description? Name ArgumentsDefinition? : Type Directives[Const]?</code>
/// </summary>
/// <param name="Description">The description, a string or block string before the definition; null when absent.</param>
/// <param name="Name">The name.</param>
/// <param name="Arguments">The arguments, in source order; empty when none.</param>
/// <param name="Type">The type reference.</param>
/// <param name="Directives">Directives applied here, in source order; empty when none.</param>
public sealed record FieldDefinitionNode(
    StringValueNode? Description,
    NameNode Name,
    IReadOnlyList<InputValueDefinitionNode> Arguments,
    TypeNode Type,
    IReadOnlyList<DirectiveNode> Directives)
    : SyntaxNode, IHasDirectives, IHasDescription
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.FieldDefinition;

    /// <inheritdoc/>
    public bool Equals(FieldDefinitionNode? other) => ReferenceEquals(this, other);

    /// <inheritdoc/>
    public override int GetHashCode() => base.GetHashCode();
}

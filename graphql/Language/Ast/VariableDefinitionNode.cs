namespace Actors.GraphQL.Language;

/// <summary>
/// One variable an operation declares.
/// <code>VariableDefinition : Description? Variable : Type DefaultValue? Directives[Const]?</code>
/// </summary>
/// <param name="Description">The description, a string or block string before the definition; null when absent.</param>
/// <param name="Variable">The variable being defined.</param>
/// <param name="Type">The type reference.</param>
/// <param name="DefaultValue">The constant default value; null when none is written.</param>
/// <param name="Directives">Directives applied here, in source order; empty when none.</param>
public sealed record VariableDefinitionNode(
    StringValueNode? Description,
    VariableNode Variable,
    TypeNode Type,
    ValueNode? DefaultValue,
    IReadOnlyList<DirectiveNode> Directives)
    : SyntaxNode, IHasDirectives, IHasDescription
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.VariableDefinition;

    /// <inheritdoc/>
    public bool Equals(VariableDefinitionNode? other) => ReferenceEquals(this, other);

    /// <inheritdoc/>
    public override int GetHashCode() => base.GetHashCode();
}

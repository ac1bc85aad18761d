namespace Actors.GraphQL.Language;

/// <summary>
/// A whole document: executable definitions, type-system definitions and extensions, in source order.
/// <code>Document : Definition+</code>
/// </summary>
/// <param name="Definitions">The definitions, in source order.</param>
public sealed record DocumentNode(IReadOnlyList<DefinitionNode> Definitions) : SyntaxNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.Document;

    /// <inheritdoc/>
    public bool Equals(DocumentNode? other) => ReferenceEquals(this, other);

    /// <inheritdoc/>
    public override int GetHashCode() => base.GetHashCode();
}

namespace Actors.GraphQL.Language;

/// <summary>
/// A name: of a field, type, argument, directive, fragment, variable or enum value.
/// <code>Name :: NameStart NameContinue*</code>
/// </summary>
/// <param name="Value">The name as written; names are ASCII.</param>
public sealed record NameNode(string Value) : SyntaxNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.Name;

    /// <inheritdoc/>
    public bool Equals(NameNode? other) => ReferenceEquals(this, other);

    /// <inheritdoc/>
    public override int GetHashCode() => base.GetHashCode();
}

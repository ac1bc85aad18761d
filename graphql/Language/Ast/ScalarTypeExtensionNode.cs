namespace Actors.GraphQL.Language;

/// <summary>
/// A scalar type extension.
/// <code>ScalarTypeExtension : extend scalar Name Directives[Const]</code>
/// </summary>
/// <param name="Name">The name.</param>
/// <param name="Directives">Directives applied here, in source order; empty when none.</param>
public sealed record ScalarTypeExtensionNode(NameNode Name, IReadOnlyList<DirectiveNode> Directives) : TypeExtensionNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.ScalarTypeExtension;

    /// <inheritdoc/>
    public bool Equals(ScalarTypeExtensionNode? other) => ReferenceEquals(this, other);

    /// <inheritdoc/>
    public override int GetHashCode() => base.GetHashCode();
}

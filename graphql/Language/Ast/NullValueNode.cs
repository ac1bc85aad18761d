namespace Actors.GraphQL.Language;

/// <summary>
/// The literal <c>null</c>.
/// <code>NullValue : null</code>
/// </summary>
public sealed record NullValueNode() : ValueNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.NullValue;
}

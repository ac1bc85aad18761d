namespace Actors.GraphQL.Language;

/// <summary>
/// A string literal: its value after escapes (and, for block strings, after BlockStringValue()).
/// <code>StringValue :: " StringCharacter* " | BlockString</code>
/// </summary>
/// <param name="Value">The string's value.</param>
/// <param name="Block">True when it was written as a block string (<c>"""</c>).</param>
public sealed record StringValueNode(string Value, bool Block) : ValueNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.StringValue;

    /// <inheritdoc/>
    public bool Equals(StringValueNode? other) => ReferenceEquals(this, other);

    /// <inheritdoc/>
    public override int GetHashCode() => base.GetHashCode();
}

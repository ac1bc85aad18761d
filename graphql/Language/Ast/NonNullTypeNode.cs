namespace Actors.GraphQL.Language;

/// <summary>
/// A non-null type reference, <c>Type!</c>. The wrapped type is a named or list type, never another
/// non-null type.
/// <code>NonNullType : NamedType ! | ListType !</code>
/// </summary>
public sealed record NonNullTypeNode : TypeNode
{
    public NonNullTypeNode(TypeNode type)
    {
        Type = type;
    }

    /// <summary>The wrapped named or list type.</summary>
    public TypeNode Type
    {
        get;
        init => field = value is NonNullTypeNode
            ? throw new ArgumentException("A non-null type cannot wrap another non-null type.", nameof(value))
            : value;
    }

    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.NonNullType;

    /// <inheritdoc/>
    public bool Equals(NonNullTypeNode? other) => ReferenceEquals(this, other);

    /// <inheritdoc/>
    public override int GetHashCode() => base.GetHashCode();
}

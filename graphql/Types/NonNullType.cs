namespace Actors.GraphQL.Types;

/// <summary><c>T!</c>; never wraps another non-null type.</summary>
public sealed class NonNullType : IGraphQLType
{
    public NonNullType(IGraphQLType ofType)
    {
        OfType = ofType is NonNullType ? throw new ArgumentException("A non-null type cannot wrap another non-null type.", nameof(ofType)) : ofType;
    }

    public IGraphQLType OfType { get; }

    public TypeKind Kind => TypeKind.NonNull;

    public override string ToString() => $"{OfType}!";

    public override bool Equals(object? obj) => obj is NonNullType other && OfType.Equals(other.OfType);

    public override int GetHashCode() => HashCode.Combine(2, OfType);
}

namespace Actors.GraphQL.Types;

/// <summary><c>[T]</c>.</summary>
public sealed class ListType(IGraphQLType ofType) : IGraphQLType
{
    public IGraphQLType OfType { get; } = ofType;

    public TypeKind Kind => TypeKind.List;

    public override string ToString() => $"[{OfType}]";

    public override bool Equals(object? obj) => obj is ListType other && OfType.Equals(other.OfType);

    public override int GetHashCode() => HashCode.Combine(1, OfType);
}

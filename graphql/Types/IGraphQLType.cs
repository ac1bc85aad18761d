namespace Actors.GraphQL.Types;

/// <summary>Any GraphQL type: a named type, or a list or non-null wrapper around one.</summary>
public interface IGraphQLType
{
    TypeKind Kind { get; }
}

/// <summary>A type with a name in the schema: scalar, object, interface, union, enum or input object.</summary>
public interface INamedType : IGraphQLType
{
    string Name { get; }

    string? Description { get; }
}

/// <summary>The kinds of the spec's <c>__TypeKind</c>.</summary>
public enum TypeKind
{
    Scalar,
    Object,
    Interface,
    Union,
    Enum,
    InputObject,
    List,
    NonNull,
}

namespace Actors.GraphQL.Types;

/// <summary>The spec's predicates over types (IsInputType, IsOutputType, IsLeafType, …) and type comparisons.</summary>
public static class TypeInfo
{
    /// <summary>The named type inside any list and non-null wrappers.</summary>
    public static INamedType NamedType(IGraphQLType type) => type switch
    {
        INamedType named => named,
        ListType list => NamedType(list.OfType),
        NonNullType nonNull => NamedType(nonNull.OfType),
        _ => throw new ArgumentException($"Unknown type {type}.", nameof(type)),
    };

    /// <summary>The type without its outer non-null wrapper.</summary>
    public static IGraphQLType Nullable(IGraphQLType type) => type is NonNullType nonNull ? nonNull.OfType : type;

    public static bool IsInputType(IGraphQLType type) =>
        NamedType(type) is ScalarType or EnumType or InputObjectType;

    public static bool IsOutputType(IGraphQLType type) =>
        NamedType(type) is ScalarType or EnumType or ObjectType or InterfaceType or UnionType;

    public static bool IsLeafType(IGraphQLType type) => type is ScalarType or EnumType;

    public static bool IsCompositeType(IGraphQLType type) => type is ObjectType or InterfaceType or UnionType;

    public static bool IsAbstractType(IGraphQLType type) => type is InterfaceType or UnionType;

    /// <summary>Whether the two types are the same, wrappers included.</summary>
    public static bool IsEqualType(IGraphQLType a, IGraphQLType b) => a switch
    {
        NonNullType x => b is NonNullType y && IsEqualType(x.OfType, y.OfType),
        ListType x => b is ListType y && IsEqualType(x.OfType, y.OfType),
        _ => ReferenceEquals(a, b),
    };

    /// <summary>Whether a value of <paramref name="maybeSubType"/> may stand where <paramref name="superType"/> is expected (covariance of output types).</summary>
    public static bool IsTypeSubTypeOf(Schema schema, IGraphQLType maybeSubType, IGraphQLType superType)
    {
        if (ReferenceEquals(maybeSubType, superType))
        {
            return true;
        }

        if (superType is NonNullType superNonNull)
        {
            return maybeSubType is NonNullType subNonNull && IsTypeSubTypeOf(schema, subNonNull.OfType, superNonNull.OfType);
        }

        if (maybeSubType is NonNullType nonNull)
        {
            return IsTypeSubTypeOf(schema, nonNull.OfType, superType);
        }

        if (superType is ListType superList)
        {
            return maybeSubType is ListType subList && IsTypeSubTypeOf(schema, subList.OfType, superList.OfType);
        }

        if (maybeSubType is ListType)
        {
            return false;
        }

        return IsAbstractType(superType)
            && maybeSubType is ObjectType or InterfaceType
            && schema.IsSubType((INamedType)superType, (INamedType)maybeSubType);
    }

    /// <summary>Whether two composite types can have an object type in common.</summary>
    public static bool DoTypesOverlap(Schema schema, INamedType a, INamedType b)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }

        if (IsAbstractType(a))
        {
            return IsAbstractType(b)
                ? schema.GetPossibleTypes(a).Any(t => schema.IsSubType(b, t))
                : schema.IsSubType(a, b);
        }

        return IsAbstractType(b) && schema.IsSubType(b, a);
    }
}

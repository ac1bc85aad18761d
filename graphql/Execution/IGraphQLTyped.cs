namespace Actors.GraphQL.Execution;

/// <summary>
/// A value that names its own GraphQL object type. When an interface or union has no
/// <c>ResolveType</c>, the executor asks the value for its type this way before falling back to the
/// value's CLR type name.
/// </summary>
public interface IGraphQLTyped
{
    /// <summary>The name of the object type this value is, e.g. "FixedPriceContract".</summary>
    string GraphQLTypeName { get; }
}

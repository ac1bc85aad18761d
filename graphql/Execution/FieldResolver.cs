namespace Actors.GraphQL.Execution;

/// <summary>Produces a field's value: an object for the next level, a list, or a leaf value to serialize.</summary>
public delegate ValueTask<object?> FieldResolver(ResolverContext context);

/// <summary>Produces the source stream of a subscription root field; each item is executed as the field's value.</summary>
public delegate ValueTask<IAsyncEnumerable<object?>> SubscriptionResolver(ResolverContext context);

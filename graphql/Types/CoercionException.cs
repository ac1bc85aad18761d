namespace Actors.GraphQL.Types;

/// <summary>A value could not be coerced to or from a GraphQL type; the message is the GraphQL error message.</summary>
public sealed class CoercionException(string message) : Exception(message);

namespace Actors.GraphQL.Language;

/// <summary>
/// The three kinds of operation.
/// <code>OperationType : one of query mutation subscription</code>
/// </summary>
public enum OperationType
{
    Query,
    Mutation,
    Subscription,
}

using Actors.GraphQL.Execution;

namespace Marketplace.Api;

/// <summary>A domain refusal met outside a mutation's payload (in a query or subscription) becomes an error with its code and field.</summary>
public static class DomainErrors
{
    public static GraphQLException? Translate(Exception exception) => exception switch
    {
        DomainException refused => new GraphQLException(
            refused.Message, refused.Code, refused.Field is { } field ? new Dictionary<string, object?> { ["field"] = field } : null, refused),
        _ => null,
    };
}

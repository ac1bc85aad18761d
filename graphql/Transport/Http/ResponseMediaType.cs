namespace Actors.GraphQL.Transport.Http;

/// <summary>What the endpoint answers with, chosen from the request's <c>Accept</c> header.</summary>
internal enum ResponseMediaType
{
    /// <summary>Nothing the client accepts can be served: 406.</summary>
    None,

    /// <summary><c>application/json</c>: the legacy GraphQL response type; request errors keep status 200.</summary>
    Json,

    /// <summary><c>application/graphql-response+json</c>: request errors use 4xx status codes.</summary>
    GraphQLResponseJson,

    /// <summary><c>text/event-stream</c>: graphql-sse distinct connections mode.</summary>
    EventStream,

    /// <summary><c>text/html</c>: the GraphiQL page.</summary>
    Html,
}

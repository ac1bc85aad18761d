using System.Diagnostics.CodeAnalysis;
using Actors.GraphQL.Execution;
using Actors.GraphQL.Transport.GraphiQL;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Actors.GraphQL.Transport;

/// <summary>Maps the GraphQL endpoint.</summary>
public static class GraphQLEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Serves GraphQL at <paramref name="pattern"/>: GraphQL over HTTP (POST, and GET for queries),
    /// graphql-transport-ws WebSockets, graphql-sse event streams and the GraphiQL page (with its assets
    /// under <c>&lt;pattern&gt;/graphiql/</c>), configured by <see cref="GraphQLServerOptions"/>. Requests
    /// run on the <see cref="IRequestExecutor"/> registered in DI. Conventions added to the returned
    /// builder (e.g. <c>RequireAuthorization</c>) apply to the page's assets too.
    /// </summary>
    public static IEndpointConventionBuilder MapGraphQL(this IEndpointRouteBuilder endpoints, [StringSyntax("Route")] string pattern = "/graphql")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentException.ThrowIfNullOrWhiteSpace(pattern);
        var services = endpoints.ServiceProvider;
        if (services.GetService<GraphQLServerMarker>() is null)
        {
            throw new InvalidOperationException("MapGraphQL needs the GraphQL server services: call services.AddGraphQLServer() (builder.Services.AddGraphQLServer()) first.");
        }

        if (services.GetService<IServiceProviderIsService>() is { } isService && !isService.IsService(typeof(IRequestExecutor)))
        {
            throw new InvalidOperationException($"MapGraphQL runs requests on an {nameof(IRequestExecutor)} from DI, and none is registered; register one (e.g. services.AddSingleton<{nameof(IRequestExecutor)}, MyExecutor>()).");
        }

        var options = services.GetRequiredService<IOptions<GraphQLServerOptions>>().Value;
        options.Validate();
        var time = services.GetService<TimeProvider>() ?? TimeProvider.System;
        var endpoint = new GraphQLEndpoint(
            options,
            time,
            services.GetRequiredService<IOptions<WebSocketOptions>>(),
            services.GetRequiredService<ILoggerFactory>());

        var main = endpoints.Map(pattern, endpoint.HandleAsync).WithDisplayName($"GraphQL {pattern}");
        var assets = endpoints
            .MapMethods($"{pattern.TrimEnd('/')}/{GraphiQLAssets.PathSegment}/{{asset}}", ["GET", "HEAD"], endpoint.HandleAssetAsync)
            .WithDisplayName($"GraphiQL assets {pattern}");
        return new GraphQLEndpointConventionBuilder([main, assets]);
    }
}

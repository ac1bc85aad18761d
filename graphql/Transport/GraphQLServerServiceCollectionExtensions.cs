using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Actors.GraphQL.Transport;

/// <summary>Registers what <see cref="GraphQLEndpointRouteBuilderExtensions.MapGraphQL"/> needs.</summary>
public static class GraphQLServerServiceCollectionExtensions
{
    /// <summary>
    /// Adds the GraphQL transports with their <see cref="GraphQLServerOptions"/>. The <c>IRequestExecutor</c>
    /// that runs the requests is registered separately. WebSockets need no <c>app.UseWebSockets()</c>: the
    /// endpoint accepts upgrades itself with the <c>WebSocketOptions</c> from DI (origins, keep-alive), unless
    /// the application's own WebSocket middleware already ran for the request.
    /// </summary>
    public static IServiceCollection AddGraphQLServer(this IServiceCollection services, Action<GraphQLServerOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var builder = services.AddOptions<GraphQLServerOptions>();
        if (configure is not null)
        {
            builder.Configure(configure);
        }

        services.TryAddSingleton<GraphQLServerMarker>();
        return services;
    }
}

/// <summary>Tells <see cref="GraphQLEndpointRouteBuilderExtensions.MapGraphQL"/> that <c>AddGraphQLServer</c> ran.</summary>
internal sealed class GraphQLServerMarker;

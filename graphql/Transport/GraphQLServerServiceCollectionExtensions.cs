using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Actors.GraphQL.Transport;

/// <summary>Registers what <see cref="GraphQLEndpointRouteBuilderExtensions.MapGraphQL"/> needs.</summary>
public static class GraphQLServerServiceCollectionExtensions
{
    /// <summary>
    /// Adds the GraphQL transports with their <see cref="GraphQLServerOptions"/>, and the WebSocket
    /// middleware at the start of the pipeline (so graphql-transport-ws needs no <c>app.UseWebSockets()</c>).
    /// The <c>IRequestExecutor</c> that runs the requests is registered separately.
    /// </summary>
    public static IServiceCollection AddGraphQLServer(this IServiceCollection services, Action<GraphQLServerOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var builder = services.AddOptions<GraphQLServerOptions>();
        if (configure is not null)
        {
            builder.Configure(configure);
        }

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IStartupFilter, WebSocketsStartupFilter>());
        services.TryAddSingleton<GraphQLServerMarker>();
        return services;
    }
}

/// <summary>Tells <see cref="GraphQLEndpointRouteBuilderExtensions.MapGraphQL"/> that <c>AddGraphQLServer</c> ran.</summary>
internal sealed class GraphQLServerMarker;

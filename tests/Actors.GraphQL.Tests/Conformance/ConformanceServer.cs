using Actors.GraphQL.Execution;
using Actors.GraphQL.Transport;
using Actors.GraphQL.Types;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Actors.GraphQL.Tests.Conformance;

/// <summary>The real engine behind <c>MapGraphQL("/graphql")</c> on Kestrel at a free loopback port, for the npm clients.</summary>
internal sealed class ConformanceServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private ConformanceServer(WebApplication app, string baseAddress)
    {
        _app = app;
        HttpUrl = baseAddress + "/graphql";
        WebSocketUrl = HttpUrl.Replace("http://", "ws://", StringComparison.Ordinal);
    }

    public string HttpUrl { get; }

    public string WebSocketUrl { get; }

    public static async Task<ConformanceServer> StartAsync(Schema schema)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton<IRequestExecutor>(new RequestExecutor(schema));
        builder.Services.AddGraphQLServer();
        var app = builder.Build();
        app.MapGraphQL("/graphql");
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new ConformanceServer(app, address);
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}

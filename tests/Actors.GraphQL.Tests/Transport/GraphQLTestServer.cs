using System.Security.Claims;
using Actors.GraphQL.Execution;
using Actors.GraphQL.Transport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Actors.GraphQL.Tests.Transport;

/// <summary>
/// A real Kestrel server on a free loopback port with <c>app.MapGraphQL("/graphql")</c> over a
/// <see cref="StandInExecutor"/>, configured per test class (or per test, for special options).
/// </summary>
public sealed class GraphQLTestServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private GraphQLTestServer(WebApplication app, StandInExecutor executor, Uri baseAddress)
    {
        _app = app;
        Executor = executor;
        BaseAddress = baseAddress;
        // An endless event stream left by a test is dropped at once rather than drained.
        var handler = new SocketsHttpHandler { ResponseDrainTimeout = TimeSpan.Zero };
        Http = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
    }

    public const string TestUserHeader = "X-Test-User";

    public StandInExecutor Executor { get; }

    /// <summary>The server's root, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>A client for the server; requests take paths like <c>graphql</c>.</summary>
    public HttpClient Http { get; }

    /// <summary>The graphql-transport-ws address, <c>ws://127.0.0.1:port/graphql</c>.</summary>
    public Uri WebSocketUri => new($"ws://{BaseAddress.Authority}/graphql");

    public static async Task<GraphQLTestServer> StartAsync(
        Action<GraphQLServerOptions>? configure = null,
        Action<WebApplication>? beforeMap = null,
        Action<IServiceCollection>? configureServices = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Development" });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var executor = new StandInExecutor();
        builder.Services.AddSingleton<IRequestExecutor>(executor);
        builder.Services.AddGraphQLServer(configure);
        configureServices?.Invoke(builder.Services);
        var app = builder.Build();
        app.Use(SignInTestUser);
        beforeMap?.Invoke(app);
        app.MapGraphQL("/graphql");
        await app.StartAsync();
        var address = new Uri(app.Urls.Single().TrimEnd('/') + "/");
        return new GraphQLTestServer(app, executor, address);
    }

    /// <summary>Stands in for authentication: a request with an <c>X-Test-User</c> header is that user, signed in.</summary>
    private static Task SignInTestUser(HttpContext context, RequestDelegate next)
    {
        if (context.Request.Headers.TryGetValue(TestUserHeader, out var name))
        {
            context.User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, name.ToString())], "test"));
        }

        return next(context);
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

/// <summary>One server with the default options, shared by the tests of a class.</summary>
public sealed class GraphQLServerFixture : IAsyncLifetime
{
    private GraphQLTestServer? _server;

    public GraphQLTestServer Server => _server ?? throw new InvalidOperationException("The server has not started.");

    public async Task InitializeAsync() => _server = await GraphQLTestServer.StartAsync();

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}

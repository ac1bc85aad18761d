using Marketplace.Silo;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Bench;

/// <summary>
/// The marketplace silo started inside the benchmark's process, as <c>Marketplace.Silo</c> runs it (Kestrel on a
/// free loopback port, the grains on memory or PostgreSQL, GraphQL at /graphql), reached only over HTTP and WebSocket.
/// </summary>
public sealed class InProcessSilo : IAsyncDisposable
{
    private readonly WebApplication _app;

    private InProcessSilo(WebApplication app, Uri graphQLAddress)
    {
        _app = app;
        GraphQLAddress = graphQLAddress;
    }

    /// <summary>http://127.0.0.1:port/graphql.</summary>
    public Uri GraphQLAddress { get; }

    public static async Task<InProcessSilo> StartAsync(string? postgres)
    {
        List<string> args =
        [
            "--urls=http://127.0.0.1:0",
            "--Auth:SigningKey=a-benchmark-signing-key-that-is-long-enough-for-hmac",
            // Few hash iterations: the setup signs up thousands of users; sign-up is not what is measured.
            "--Marketplace:PasswordIterations=1000",
            "--Demo:Seed=false",
            "--Logging:LogLevel:Default=Warning",
        ];
        if (postgres is not null)
        {
            args.Add("--Storage:Provider=Postgres");
            args.Add($"--ConnectionStrings:Postgres={postgres}");
        }

        var app = SiloHost.Build([.. args]);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new InProcessSilo(app, new Uri(new Uri(address), "/graphql"));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Marketplace.Silo;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Testing;
using Testing.Postgres;

namespace Marketplace.Api.Tests.Harness;

/// <summary>
/// A running silo — Kestrel on a free loopback port, the marketplace's grains on PostgreSQL (or memory), the api at
/// /graphql — on a clock the test moves, and an HTTP client that posts GraphQL to it as a frontend does.
/// </summary>
public sealed class MarketplaceServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private MarketplaceServer(WebApplication app, ManualTimeProvider clock)
    {
        _app = app;
        Clock = clock;
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        GraphQLAddress = new Uri(new Uri(address), "/graphql");
        Http = new HttpClient { BaseAddress = new Uri(address) };
    }

    public ManualTimeProvider Clock { get; }

    public Uri GraphQLAddress { get; }

    public HttpClient Http { get; }

    public IServiceProvider Services => _app.Services;

    /// <summary>
    /// Starts a silo on a new database of <paramref name="database"/>'s server, or on memory when it is null; its bearer
    /// tokens last <paramref name="tokenLifetime"/> (the default, 12 hours, unless given).
    /// </summary>
    public static async Task<MarketplaceServer> StartAsync(PostgresDatabase? database, ManualTimeProvider? clock = null, TimeSpan? tokenLifetime = null)
    {
        clock ??= new ManualTimeProvider();
        List<string> args =
        [
            "--urls=http://127.0.0.1:0",
            "--Auth:SigningKey=a-test-signing-key-that-is-long-enough-for-hmac",
            // Few hash iterations: the tests sign up many users; the hashing code is the production one.
            "--Marketplace:PasswordIterations=1000",
            "--Demo:Seed=false",
            // Tests move the clock by days: keep the runtime's own periodic checks from firing thousands of times on the way,
            // and calls from timing out because the clock jumped past their deadline.
            "--Runtime:RequestTimeout=365.00:00:00",
            "--Runtime:RequestTimeoutCheckPeriod=1.00:00:00",
            "--Runtime:CollectionQuantum=01:00:00",
            "--Runtime:ReminderRefreshPeriod=01:00:00",
        ];
        if (tokenLifetime is { } lifetime)
        {
            args.Add($"--Auth:TokenLifetime={lifetime.ToString("c", System.Globalization.CultureInfo.InvariantCulture)}");
        }

        if (database is not null)
        {
            args.Add("--Storage:Provider=Postgres");
            args.Add($"--ConnectionStrings:Postgres={await database.CreateAnotherAsync()}");
        }

        var app = SiloHost.Build([.. args], services => services.AddSingleton<TimeProvider>(clock));
        await app.StartAsync();
        return new MarketplaceServer(app, clock);
    }

    /// <summary>Moves the clock forward to <paramref name="at"/> (UTC), firing every timer on the way.</summary>
    public void AdvanceClockTo(DateTimeOffset at)
    {
        var delta = at - Clock.GetUtcNow();
        Assert.True(delta >= TimeSpan.Zero, $"The clock is at {Clock.GetUtcNow():O}, after {at:O}: it only moves forward.");
        Clock.Advance(delta);
    }

    /// <summary>POSTs a GraphQL request as application/json; the response body as JSON (any status).</summary>
    public async Task<JsonElement> PostAsync(string query, object? variables = null, string? token = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, GraphQLAddress)
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await Http.SendAsync(request);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.Clone();
    }

    /// <summary>POSTs a request that must succeed without errors; its <c>data</c>.</summary>
    public async Task<JsonElement> DataAsync(string query, object? variables = null, string? token = null)
    {
        var result = await PostAsync(query, variables, token);
        Assert.False(result.TryGetProperty("errors", out var errors), $"Unexpected errors: {errors}");
        return result.GetProperty("data");
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

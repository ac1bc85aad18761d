using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Silo.Tests;

/// <summary>The silo host built in this process, served by Kestrel on a free loopback port.</summary>
public sealed class SiloHostTests
{
    [Fact]
    public async Task Liveness_and_readiness_answer_over_http_once_started()
    {
        await using var app = SiloHost.Build(["--urls=http://127.0.0.1:0"]);
        await app.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri(ListeningAddress(app)) };

        var live = await http.GetAsync("/health/live");
        var ready = await http.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal("application/json; charset=utf-8", live.Content.Headers.ContentType?.ToString());
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Contains("\"startup\":{\"status\":\"Healthy\"", await ready.Content.ReadAsStringAsync());
        await app.StopAsync();
    }

    [Fact]
    public async Task Readiness_fails_once_the_silo_begins_to_stop()
    {
        await using var app = SiloHost.Build(["--urls=http://127.0.0.1:0"]);
        await app.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri(ListeningAddress(app)) };
        var lifetime = app.Services.GetRequiredService<Microsoft.Extensions.Hosting.IHostApplicationLifetime>();

        lifetime.StopApplication();
        var ready = await http.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Contains("shutting down", await ready.Content.ReadAsStringAsync());
        await app.StopAsync();
    }

    [Fact]
    public void Unknown_storage_provider_is_rejected_before_anything_starts()
    {
        var error = Assert.Throws<Configuration.ConfigurationError>(() => SiloHost.Build(["--Storage:Provider=Redis"]));

        Assert.Equal("Storage:Provider", error.Key);
    }

    private static string ListeningAddress(WebApplication app) =>
        app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
}

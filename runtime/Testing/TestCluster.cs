using System.Reflection;
using Actors.Runtime.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Actors.Runtime.Testing;

/// <summary>
/// A silo inside the test process, built by the same hosting code as production, with the storage
/// and clock the test chooses (as Orleans' TestingHost). <see cref="RestartAsync"/> stops the silo
/// gracefully and starts a new one over the same configuration, as a process restart would.
/// </summary>
public sealed class TestCluster : IAsyncDisposable
{
    private readonly TestClusterOptions _options;
    private IHost _host;
    private bool _stopped;

    private TestCluster(TestClusterOptions options, IHost host)
    {
        _options = options;
        _host = host;
    }

    public IServiceProvider Services => _host.Services;

    public IGrainFactory GrainFactory => Services.GetRequiredService<IGrainFactory>();

    public static async Task<TestCluster> StartAsync(Action<TestClusterOptions> configure)
    {
        var options = new TestClusterOptions();
        configure(options);
        return new TestCluster(options, await StartHostAsync(options));
    }

    /// <summary>Stops the silo (deactivating every grain) and starts a fresh one on the same storage.</summary>
    public async Task RestartAsync()
    {
        await StopHostAsync(_host);
        _host = await StartHostAsync(_options);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_stopped)
        {
            _stopped = true;
            await StopHostAsync(_host);
        }
    }

    private static async Task<IHost> StartHostAsync(TestClusterOptions options)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton(options.Time);
        var actors = builder.Services.AddActors(options.ConfigureRuntime);
        foreach (var assembly in options.Assemblies)
        {
            actors.AddGrains(assembly);
        }

        options.ConfigureStorage(actors);
        options.ConfigureServices(builder.Services);
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }

    private static async Task StopHostAsync(IHost host)
    {
        await host.StopAsync();
        host.Dispose();
    }
}

/// <summary>What a <see cref="TestCluster"/> runs: grain assemblies, storage, clock, runtime settings.</summary>
public sealed class TestClusterOptions
{
    public List<Assembly> Assemblies { get; } = [];

    public TimeProvider Time { get; set; } = TimeProvider.System;

    public Action<RuntimeOptions> ConfigureRuntime { get; set; } = static _ => { };

    /// <summary>Chooses the storage; memory unless set.</summary>
    public Action<ActorsBuilder> ConfigureStorage { get; set; } = static actors => actors.UseMemoryStorage();

    public Action<IServiceCollection> ConfigureServices { get; set; } = static _ => { };
}

using System.Reflection;
using Actors.Runtime.Activation;
using Actors.Runtime.Activation.History;
using Actors.Runtime.Clustering;
using Actors.Runtime.Clustering.Memory;
using Actors.Runtime.Hosting;
using Actors.Runtime.Persistence.Memory;
using Actors.Runtime.Reminders.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Actors.Runtime.Testing;

/// <summary>
/// Silos inside the test process, built by the same hosting code as production, with the storage and clock the test
/// chooses (as Orleans' TestingHost). One silo runs on its own; with <see cref="TestClusterOptions.Silos"/> above one
/// (or <see cref="TestClusterOptions.Clustered"/>) they form a cluster over real TCP on loopback, sharing an in-memory
/// membership table and grain directory (and, on memory storage, one in-memory store). <see cref="RestartAsync"/>
/// stops a silo gracefully and starts a new one over the same configuration, as a process restart would;
/// <see cref="KillSiloAsync"/> makes one stop answering at once, as a killed process would.
/// </summary>
public sealed class TestCluster : IAsyncDisposable
{
    private readonly TestClusterOptions _options;
    private readonly List<IHost?> _silos = [];
    private readonly MemoryMembershipTable _membership = new();
    private readonly MemoryGrainDirectory _directory = new();
    private readonly MemoryStore _store = new();
    private readonly MemoryReminderTable _reminders = new();
    private readonly MemoryActivationHistory _history = new();
    private IHost? _client;
    private bool _stopped;

    private TestCluster(TestClusterOptions options)
    {
        _options = options;
    }

    /// <summary>The first running silo's services.</summary>
    public IServiceProvider Services => _silos.First(silo => silo is not null)!.Services;

    /// <summary>The first running silo's grain factory.</summary>
    public IGrainFactory GrainFactory => Services.GetRequiredService<IGrainFactory>();

    /// <summary>Every silo started, by index; null for one killed or stopped.</summary>
    public IReadOnlyList<IServiceProvider?> Silos => [.. _silos.Select(silo => silo?.Services)];

    /// <summary>The cluster client's grain factory (with <see cref="TestClusterOptions.StartClient"/>).</summary>
    public IGrainFactory ClientGrainFactory => (_client ?? throw new InvalidOperationException("The test cluster was started without a client."))
        .Services.GetRequiredService<IGrainFactory>();

    /// <summary>The membership table the silos share (clustered only).</summary>
    public IMembershipTable MembershipTable => _membership;

    /// <summary>The activation history the silos share (clustered, on memory storage, with <c>RecordActivations</c>).</summary>
    public IActivationHistory ActivationHistory => _history;

    /// <summary>The grain directory the silos share (clustered only).</summary>
    public IGrainDirectory Directory => _directory;

    public static async Task<TestCluster> StartAsync(Action<TestClusterOptions> configure)
    {
        var options = new TestClusterOptions();
        configure(options);
        var cluster = new TestCluster(options);
        try
        {
            for (var i = 0; i < options.Silos; i++)
            {
                await cluster.StartSiloAsync();
            }

            if (options.StartClient)
            {
                cluster._client = await cluster.StartClientAsync();
            }
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }

        return cluster;
    }

    /// <summary>Starts one more silo (it joins the cluster); returns its index.</summary>
    public async Task<int> StartSiloAsync()
    {
        _silos.Add(await StartHostAsync());
        await SettleAsync();
        return _silos.Count - 1;
    }

    /// <summary>Waits until every running silo has read the membership table's current version (silos read it periodically).</summary>
    public async Task SettleAsync()
    {
        if (!Clustered)
        {
            return;
        }

        var version = (await _membership.ReadAllAsync(default)).Version;
        foreach (var host in _silos.Where(silo => silo is not null))
        {
            var cluster = host!.Services.GetRequiredService<SiloRuntime>().Cluster!;
            while (cluster.Membership.View.Version < version)
            {
                await cluster.Membership.RefreshAsync(default);
            }
        }
    }

    /// <summary>The silo address of silo <paramref name="index"/> (clustered only).</summary>
    public SiloAddress SiloAddressOf(int index) => Runtime(index).Cluster?.Self
        ?? throw new InvalidOperationException("The test cluster's silos do not form a cluster.");

    /// <summary>Stops silo <paramref name="index"/> gracefully: it deactivates its grains and leaves the cluster.</summary>
    public async Task StopSiloAsync(int index)
    {
        var host = _silos[index] ?? throw new InvalidOperationException($"Silo {index} is not running.");
        _silos[index] = null;
        await StopHostAsync(host);
        await SettleAsync();
    }

    /// <summary>Makes silo <paramref name="index"/> stop answering at once, writing nothing, as a killed process: the others must find out.</summary>
    public async Task KillSiloAsync(int index)
    {
        var host = _silos[index] ?? throw new InvalidOperationException($"Silo {index} is not running.");
        _silos[index] = null;
        await host.Services.GetRequiredService<SiloRuntime>().CrashAsync();
        host.Dispose();
    }

    /// <summary>Stops the (first) silo, deactivating every grain, and starts a fresh one on the same storage.</summary>
    public async Task RestartAsync()
    {
        var index = _silos.FindIndex(silo => silo is not null);
        var host = _silos[index]!;
        await StopHostAsync(host);
        _silos[index] = await StartHostAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_stopped)
        {
            return;
        }

        _stopped = true;
        if (_client is not null)
        {
            await StopHostAsync(_client);
        }

        foreach (var host in _silos.Where(silo => silo is not null).Reverse())
        {
            await StopHostAsync(host!);
        }
    }

    internal SiloRuntime Runtime(int index) =>
        (_silos[index] ?? throw new InvalidOperationException($"Silo {index} is not running.")).Services.GetRequiredService<SiloRuntime>();

    private bool Clustered => _options.Clustered || _options.Silos > 1;

    private async Task<IHost> StartHostAsync()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton(_options.Time);
        var actors = builder.Services.AddActors(_options.ConfigureRuntime);
        foreach (var assembly in _options.Assemblies)
        {
            actors.AddGrains(assembly);
        }

        if (_options.ConfigureStorage is { } configureStorage)
        {
            configureStorage(actors);
        }
        else if (Clustered)
        {
            builder.Services.AddSingleton<IActivationHistory>(_history);
            actors.UseMemoryStorage(_store, _reminders);
        }
        else
        {
            actors.UseMemoryStorage();
        }

        if (Clustered)
        {
            actors.UseClustering(_membership, _directory, cluster =>
            {
                cluster.ClusterId = "test";
                cluster.SiloPort = 0;
                cluster.GatewayPort = 0;
                cluster.ProbePeriod = TimeSpan.FromMilliseconds(200);
                cluster.ProbeTimeout = TimeSpan.FromMilliseconds(500);
                cluster.TableRefreshPeriod = TimeSpan.FromMilliseconds(200);
                cluster.IAmAlivePeriod = TimeSpan.FromSeconds(1);
                _options.ConfigureCluster(cluster);
            });
        }

        _options.ConfigureServices(builder.Services);
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }

    private async Task<IHost> StartClientAsync()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton(_options.Time);
        var client = builder.Services.AddActorsClient(options => options.ClusterId = "test").UseClustering(_membership);
        foreach (var assembly in _options.Assemblies)
        {
            client.AddGrainInterfaces(assembly);
        }

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

/// <summary>What a <see cref="TestCluster"/> runs: grain assemblies, storage, clock, runtime and cluster settings.</summary>
public sealed class TestClusterOptions
{
    public List<Assembly> Assemblies { get; } = [];

    public TimeProvider Time { get; set; } = TimeProvider.System;

    /// <summary>How many silos start; more than one form a cluster.</summary>
    public int Silos { get; set; } = 1;

    /// <summary>Forms a cluster even of one silo (more can be started later).</summary>
    public bool Clustered { get; set; }

    /// <summary>Also starts a cluster client, connected to the silos' gateways.</summary>
    public bool StartClient { get; set; }

    public Action<RuntimeOptions> ConfigureRuntime { get; set; } = static _ => { };

    /// <summary>Changes the cluster settings the test cluster starts from (short probe and refresh periods, free ports).</summary>
    public Action<ClusterOptions> ConfigureCluster { get; set; } = static _ => { };

    /// <summary>Chooses the storage; memory unless set (shared by the silos of a cluster).</summary>
    public Action<ActorsBuilder>? ConfigureStorage { get; set; }

    public Action<IServiceCollection> ConfigureServices { get; set; } = static _ => { };
}

using Actors.Runtime.Testing;
using Actors.Runtime.Tests.TestGrains;
using Microsoft.Extensions.DependencyInjection;

namespace Actors.Runtime.Tests.Grains;

/// <summary>One in-memory silo shared by the test classes of the "memory cluster" collection.</summary>
public sealed class MemoryClusterFixture : IAsyncLifetime
{
    public TestCluster Cluster { get; private set; } = null!;

    public IGrainFactory Grains => Cluster.GrainFactory;

    public async Task InitializeAsync() => Cluster = await StartAsync();

    public async Task DisposeAsync() => await Cluster.DisposeAsync();

    /// <summary>A silo with the test grains on memory storage; <paramref name="configure"/> adjusts it.</summary>
    public static Task<TestCluster> StartAsync(Action<TestClusterOptions>? configure = null) =>
        TestCluster.StartAsync(options =>
        {
            options.Assemblies.Add(typeof(CounterGrain).Assembly);
            options.ConfigureServices = services => services.AddSingleton(new Greeting("hi"));
            configure?.Invoke(options);
        });
}

[CollectionDefinition(Name)]
public sealed class MemoryClusterCollection : ICollectionFixture<MemoryClusterFixture>
{
    public const string Name = "memory cluster";
}

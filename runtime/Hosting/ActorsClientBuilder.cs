using System.Reflection;
using Actors.Runtime.Client;
using Actors.Runtime.Clustering;
using Actors.Runtime.Clustering.Postgres;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;

namespace Actors.Runtime.Hosting;

/// <summary>Chooses the grain interfaces a cluster client calls and where it finds the cluster; returned by <c>AddActorsClient</c>.</summary>
public sealed class ActorsClientBuilder(IServiceCollection services, GrainManifest manifest, ClusterClientOptions options)
{
    public IServiceCollection Services { get; } = services;

    /// <summary>Adds the grain interfaces (and their generated proxies) of <paramref name="assembly"/>.</summary>
    public ActorsClientBuilder AddGrainInterfaces(Assembly assembly)
    {
        manifest.AddAssembly(assembly);
        return this;
    }

    /// <summary>Finds the gateways in <paramref name="membership"/> (the instance the silos share, when they run in this process).</summary>
    public ActorsClientBuilder UseClustering(IMembershipTable membership)
    {
        Services.AddSingleton(membership);
        return this;
    }

    /// <summary>Finds the gateways in the PostgreSQL membership table of cluster <see cref="ClusterClientOptions.ClusterId"/>.</summary>
    public ActorsClientBuilder UsePostgresClustering(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        Services.TryAddSingleton(_ => NpgsqlDataSource.Create(connectionString));
        Services.AddSingleton<IMembershipTable>(sp => new PostgresMembershipTable(sp.GetRequiredService<NpgsqlDataSource>(), options.ClusterId));
        return this;
    }
}

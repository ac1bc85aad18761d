using Npgsql;
using Testing.Postgres;

namespace Marketplace.Cluster.Tests;

/// <summary>
/// A marketplace cluster of real processes on loopback: PostgreSQL (the test fixture's), the schema migrated by the silo's
/// own <c>migrate</c> command, N silos (<c>Marketplace.Silo.dll</c> with <c>--Cluster:Enabled=true</c>, free ports,
/// activations recorded) and one GraphQL gateway (<c>Marketplace.Api.dll</c>, a cluster client of the silos).
/// </summary>
public sealed class MarketplaceClusterBed : IAsyncDisposable
{
    public const string SigningKey = "a-signing-key-the-test-cluster-shares-long-enough";
    public const string ClusterId = "cluster-tests";

    private readonly List<ProgramProcess> _silos;

    private MarketplaceClusterBed(string connectionString, List<ProgramProcess> silos, ProgramProcess gateway)
    {
        ConnectionString = connectionString;
        _silos = silos;
        Gateway = gateway;
        GraphQL = new GraphQLClient(gateway.GraphQL);
    }

    public string ConnectionString { get; }

    public IReadOnlyList<ProgramProcess> Silos => _silos;

    public ProgramProcess Gateway { get; }

    /// <summary>GraphQL over HTTP to the gateway.</summary>
    public GraphQLClient GraphQL { get; }

    public static async Task<MarketplaceClusterBed> StartAsync(PostgresDatabase database, int silos)
    {
        var connectionString = database.ConnectionString;
        var migrate = await ExternalCommand.RunAsync("dotnet",
            [Path.Combine(AppContext.BaseDirectory, "Marketplace.Silo.dll"), "migrate", $"--ConnectionStrings:Postgres={connectionString}"], TimeSpan.FromSeconds(90));
        Assert.True(migrate.ExitCode == 0, migrate.Output);

        string[] siloArgs =
        [
            "--Storage:Provider=Postgres", $"--ConnectionStrings:Postgres={connectionString}",
            "--Cluster:Enabled=true", $"--Cluster:ClusterId={ClusterId}", "--Cluster:SiloPort=0", "--Cluster:GatewayPort=0",
            $"--Auth:SigningKey={SigningKey}", "--Marketplace:PasswordIterations=1000", "--Runtime:RecordActivations=true",
            "--Logging:LogLevel:Default=Warning", "--Logging:LogLevel:Actors.Runtime.Cluster=Information",
        ];
        var started = new List<ProgramProcess>();
        try
        {
            foreach (var index in Enumerable.Range(1, silos))
            {
                started.Add(await ProgramProcess.StartAsync($"silo {index}", "Marketplace.Silo.dll", siloArgs));
            }

            var gateway = await ProgramProcess.StartAsync("gateway", "Marketplace.Api.dll",
                $"--ConnectionStrings:Postgres={connectionString}", $"--Cluster:ClusterId={ClusterId}", $"--Auth:SigningKey={SigningKey}",
                "--Logging:LogLevel:Default=Warning");
            return new MarketplaceClusterBed(connectionString, started, gateway);
        }
        catch
        {
            foreach (var silo in started)
            {
                await silo.DisposeAsync();
            }

            throw;
        }
    }

    /// <summary>Runs <paramref name="sql"/> on the cluster's database and reads each row's columns as text.</summary>
    public async Task<List<string[]>> QueryAsync(string sql)
    {
        await using var dataSource = NpgsqlDataSource.Create(ConnectionString);
        await using var command = dataSource.CreateCommand(sql);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string[]>();
        while (await reader.ReadAsync())
        {
            rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)!)]);
        }

        return rows;
    }

    /// <summary>Everything the processes printed, for a failing test's message.</summary>
    public string Output => string.Join("\n", _silos.Append(Gateway).Select(p => $"--- {p.Name} ---\n{p.Output}"));

    public async ValueTask DisposeAsync()
    {
        GraphQL.Dispose();
        await Gateway.DisposeAsync();
        foreach (var silo in _silos)
        {
            await silo.DisposeAsync();
        }
    }
}

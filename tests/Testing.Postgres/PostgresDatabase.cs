using Xunit;

namespace Testing.Postgres;

/// <summary>
/// A fresh, empty database on the shared test server for one test class
/// (<c>IClassFixture&lt;PostgresDatabase&gt;</c>); dropped when the class has run.
/// </summary>
public sealed class PostgresDatabase : IAsyncLifetime
{
    private readonly List<string> _others = [];
    private PostgresServer? _server;

    public string Name { get; private set; } = "";

    public PostgresServer Server => _server ?? throw new InvalidOperationException("The database is not created yet.");

    public string ConnectionString => Server.ConnectionString(Name);

    public async Task InitializeAsync()
    {
        _server = await PostgresServer.SharedAsync();
        Name = await _server.CreateDatabaseAsync();
    }

    /// <summary>Another fresh database on the same server, for a test that needs one of its own.</summary>
    public async Task<string> CreateAnotherAsync()
    {
        var name = await Server.CreateDatabaseAsync();
        lock (_others)
        {
            _others.Add(name);
        }

        return Server.ConnectionString(name);
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            foreach (var name in _others.Append(Name))
            {
                await _server.DropDatabaseAsync(name);
            }
        }
    }
}

using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Testing.Postgres;

/// <summary>
/// A private PostgreSQL server for the tests: initdb into a temporary folder, pg_ctl start on a free
/// loopback port, stopped and deleted when the test process exits. When the tests run as root the
/// server runs as the <c>postgres</c> user, since initdb refuses root.
/// </summary>
public sealed class PostgresServer
{
    private const string FolderPrefix = "actors-pg-";
    private const string OwnerFile = "owner.pid";
    private static readonly TimeSpan s_commandTimeout = TimeSpan.FromSeconds(90);
    private static readonly Lazy<Task<PostgresServer>> s_shared = new(StartSharedAsync);

    private readonly string _binDirectory;
    private readonly string _root;

    private PostgresServer(string binDirectory, string root, int port)
    {
        _binDirectory = binDirectory;
        _root = root;
        Port = port;
    }

    public int Port { get; }

    public string DataDirectory => Path.Combine(_root, "data");

    /// <summary>The one server this test process shares; started on first use, stopped at exit.</summary>
    public static Task<PostgresServer> SharedAsync() => s_shared.Value;

    /// <summary>A connection string for <paramref name="database"/> on this server.</summary>
    public string ConnectionString(string database = "postgres") => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Username = "postgres",
        Database = database,
        Pooling = true,
        MaxPoolSize = 50,
    }.ConnectionString;

    /// <summary>Creates an empty database with a fresh name and returns that name.</summary>
    public async Task<string> CreateDatabaseAsync(string prefix = "test")
    {
        var name = $"{prefix}_{Guid.NewGuid():N}".ToLowerInvariant();
        await using var connection = new NpgsqlConnection(ConnectionString());
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await command.ExecuteNonQueryAsync();
        return name;
    }

    /// <summary>Drops <paramref name="database"/>, closing whatever connections it still has.</summary>
    public async Task DropDatabaseAsync(string database)
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(ConnectionString());
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Starts a new server in a new temporary folder.</summary>
    public static async Task<PostgresServer> StartAsync()
    {
        var binDirectory = FindBinDirectory(Environment.GetEnvironmentVariable("PG_BIN"));
        await RemoveAbandonedServersAsync();

        var root = Directory.CreateTempSubdirectory(FolderPrefix).FullName;
        await File.WriteAllTextAsync(Path.Combine(root, OwnerFile), Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        if (Environment.IsPrivilegedProcess)
        {
            await RunAsync("chown", ["-R", "postgres:postgres", root]);
        }

        var server = new PostgresServer(binDirectory, root, FreePort());
        await server.RunPostgresToolAsync("initdb",
            ["-D", server.DataDirectory, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-locale", "--no-sync"]);

        // A port found free can be taken before the server binds it: try a few.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await server.StartOnPortAsync(server.Port);
                return server;
            }
            catch (InvalidOperationException) when (attempt < 5)
            {
                server = new PostgresServer(binDirectory, root, FreePort());
            }
        }
    }

    /// <summary>Stops the server and deletes its folder.</summary>
    public void Stop()
    {
        StopServer(DataDirectory);
        TryDelete(_root);
    }

    private async Task StartOnPortAsync(int port)
    {
        var options = string.Join(' ',
            $"-p {port}",
            $"-k {_root}",
            "-c listen_addresses=127.0.0.1",
            "-c max_connections=300",
            "-c fsync=off",
            "-c synchronous_commit=off",
            "-c full_page_writes=off");
        var log = Path.Combine(_root, "server.log");
        var result = await TryRunPostgresToolAsync("pg_ctl",
            ["-D", DataDirectory, "-l", log, "-w", "-t", "60", "-o", options, "start"]);
        if (result.ExitCode != 0)
        {
            var serverLog = File.Exists(log) ? await File.ReadAllTextAsync(log) : "";
            throw new InvalidOperationException(
                $"PostgreSQL did not start on port {port}: {result.Output}\n{serverLog}");
        }
    }

    private static async Task<PostgresServer> StartSharedAsync()
    {
        var server = await StartAsync();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => server.Stop();
        return server;
    }

    private async Task RunPostgresToolAsync(string tool, IReadOnlyList<string> arguments)
    {
        var result = await TryRunPostgresToolAsync(tool, arguments);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"{tool} failed with exit code {result.ExitCode}: {result.Output}");
        }
    }

    private Task<CommandResult> TryRunPostgresToolAsync(string tool, IReadOnlyList<string> arguments) =>
        RunAsPostgresAsync(Path.Combine(_binDirectory, tool), arguments);

    private static Task<CommandResult> RunAsPostgresAsync(string program, IReadOnlyList<string> arguments) =>
        Environment.IsPrivilegedProcess
            ? ExternalCommand.RunAsync("runuser", ["-u", "postgres", "--", program, .. arguments], s_commandTimeout, "/")
            : ExternalCommand.RunAsync(program, arguments, s_commandTimeout, "/");

    private static async Task RunAsync(string program, IReadOnlyList<string> arguments)
    {
        var result = await ExternalCommand.RunAsync(program, arguments, s_commandTimeout);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} failed with exit code {result.ExitCode}: {result.Output}");
        }
    }

    /// <summary>
    /// The folder holding initdb and pg_ctl: <paramref name="configured"/> (PG_BIN) when given, else the
    /// newest version under Debian's <paramref name="debianRoot"/>.
    /// </summary>
    public static string FindBinDirectory(string? configured, string debianRoot = "/usr/lib/postgresql")
    {
        if (!string.IsNullOrEmpty(configured))
        {
            return HasServerTools(configured) ? configured : throw new PostgresNotInstalledException($"PG_BIN={configured}");
        }

        var candidates = Directory.Exists(debianRoot)
            ? Directory.GetDirectories(debianRoot)
                .Select(version => Path.Combine(version, "bin"))
                .Where(HasServerTools)
                .OrderByDescending(bin => int.TryParse(Path.GetFileName(Path.GetDirectoryName(bin)), out var v) ? v : 0)
            : Enumerable.Empty<string>();
        return candidates.FirstOrDefault() ?? throw new PostgresNotInstalledException($"{debianRoot}/*/bin");
    }

    private static bool HasServerTools(string bin) =>
        File.Exists(Path.Combine(bin, "initdb")) && File.Exists(Path.Combine(bin, "pg_ctl"));

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Stops and deletes servers left behind by test processes that were killed.</summary>
    private static async Task RemoveAbandonedServersAsync()
    {
        foreach (var folder in Directory.GetDirectories(Path.GetTempPath(), FolderPrefix + "*"))
        {
            var ownerFile = Path.Combine(folder, OwnerFile);
            if (!File.Exists(ownerFile)
                || !int.TryParse(await File.ReadAllTextAsync(ownerFile), out var owner)
                || IsRunning(owner))
            {
                continue;
            }

            StopServer(Path.Combine(folder, "data"));
            TryDelete(folder);
        }
    }

    private static bool IsRunning(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    /// <summary>
    /// Ends the server at once. This runs inside ProcessExit, which gives it little time and allows
    /// no awaiting, so it kills the postmaster itself (a throwaway test server loses nothing).
    /// </summary>
    private static void StopServer(string dataDirectory)
    {
        var pidFile = Path.Combine(dataDirectory, "postmaster.pid");
        if (!File.Exists(pidFile)
            || !int.TryParse(File.ReadLines(pidFile).FirstOrDefault(), out var postmaster))
        {
            return;
        }

        try
        {
            using var process = Process.GetProcessById(postmaster);
            if (process.ProcessName != "postgres")
            {
                return; // the pid was reused after the server ended
            }

            process.Kill();
        }
        catch (ArgumentException)
        {
            // Already gone.
        }
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open; the next run's sweep removes the folder.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}

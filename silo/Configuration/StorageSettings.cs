using Npgsql;

namespace Marketplace.Silo.Configuration;

/// <summary>The storage the silo uses, read from configuration and checked before anything starts.</summary>
public sealed record StorageSettings(StorageProvider Provider, string? PostgresConnectionString)
{
    public const string ProviderKey = "Storage:Provider";
    public const string ConnectionStringKey = "ConnectionStrings:Postgres";

    /// <summary>
    /// Reads <c>Storage:Provider</c> (Memory when absent) and <c>ConnectionStrings:Postgres</c>.
    /// Throws <see cref="ConfigurationError"/> naming the key when a value is wrong or missing.
    /// </summary>
    public static StorageSettings From(IConfiguration configuration)
    {
        var provider = ReadProvider(configuration[ProviderKey]);
        var connectionString = configuration[ConnectionStringKey];

        if (connectionString is not null)
        {
            CheckConnectionString(connectionString);
        }
        else if (provider == StorageProvider.Postgres)
        {
            throw new ConfigurationError(ConnectionStringKey,
                $"{ConnectionStringKey} is required when {ProviderKey} is Postgres, " +
                "e.g. --ConnectionStrings:Postgres=\"Host=localhost;Username=postgres;Database=marketplace\".");
        }

        return new StorageSettings(provider, connectionString);
    }

    /// <summary>A description for logs that never includes the password.</summary>
    public string Describe() => Provider switch
    {
        StorageProvider.Postgres => $"Postgres ({DescribeConnection(PostgresConnectionString!)})",
        _ => "Memory (nothing is kept across restarts)",
    };

    private static StorageProvider ReadProvider(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return StorageProvider.Memory;
        }

        // Enum.TryParse accepts numbers too ("1"); only the names are valid here.
        foreach (var name in Enum.GetNames<StorageProvider>())
        {
            if (string.Equals(name, value.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return Enum.Parse<StorageProvider>(name);
            }
        }

        throw new ConfigurationError(ProviderKey,
            $"{ProviderKey} has the value '{value}'; accepted values: {string.Join(", ", Enum.GetNames<StorageProvider>())}.");
    }

    private static void CheckConnectionString(string connectionString)
    {
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(connectionString);
            if (string.IsNullOrWhiteSpace(builder.Host))
            {
                throw new ConfigurationError(ConnectionStringKey,
                    $"{ConnectionStringKey} names no Host; expected e.g. \"Host=localhost;Username=postgres;Database=marketplace\".");
            }
        }
        catch (ArgumentException ex)
        {
            throw new ConfigurationError(ConnectionStringKey,
                $"{ConnectionStringKey} is not a valid PostgreSQL connection string: {ex.Message}");
        }
    }

    private static string DescribeConnection(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        return $"Host={builder.Host};Port={builder.Port};Database={builder.Database ?? builder.Username}";
    }
}

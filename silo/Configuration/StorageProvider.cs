namespace Marketplace.Silo.Configuration;

/// <summary>Where grain state, events and reminders live.</summary>
public enum StorageProvider
{
    /// <summary>In process memory: the default, needs no setup, keeps nothing across restarts.</summary>
    Memory,

    /// <summary>PostgreSQL, named by <c>ConnectionStrings:Postgres</c>; the schema is migrated at startup.</summary>
    Postgres,
}

using Actors.Runtime.Postgres;

namespace Marketplace.Silo.Postgres;

/// <summary>Every component's migrations that the silo applies, in the order they are applied.</summary>
public static class DatabaseSchema
{
    public static IReadOnlyList<SchemaMigration> Migrations { get; } = [.. RuntimeSchema.Migrations];
}

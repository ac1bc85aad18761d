namespace Actors.Runtime.Postgres;

/// <summary>The runtime's own tables (grain state, reminders, streams, cluster membership and the grain directory), versioned as component "runtime".</summary>
public static class RuntimeSchema
{
    public const string Component = "runtime";

    public static IReadOnlyList<SchemaMigration> Migrations { get; } =
        SchemaMigration.FromAssembly(typeof(RuntimeSchema).Assembly, Component);
}

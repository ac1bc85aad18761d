namespace Actors.GraphQL.Execution;

/// <summary>A field whose resolver did not finish at once: where its value goes, and the resolver's task.</summary>
internal readonly record struct PendingField(ResultMap Target, int Field, Task<object?> Resolving);

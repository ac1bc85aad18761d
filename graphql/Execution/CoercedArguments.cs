namespace Actors.GraphQL.Execution;

/// <summary>The outcome of CoerceArgumentValues (spec §6.4.1) for one field: its argument values, or the field error's message.</summary>
internal sealed record CoercedArguments(IReadOnlyDictionary<string, object?>? Values, string? Error);

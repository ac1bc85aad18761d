using Actors.GraphQL.Binding;

namespace Actors.GraphQL.Tests.Binding;

internal enum ProbeState
{
    Open,
    Archived,
}

internal sealed record ClientStub(string Id);

internal sealed record LossyCommand(string Title, decimal Budget);

internal sealed record StrictCommand(string Title, decimal Budget, string Owner);

[GraphQLType("Probe")]
internal static class StringCount
{
    public static string Count() => "one";
}

[GraphQLType("Probe")]
internal static class NullableCount
{
    public static int? Count() => 1;

    public static int? MaybeCount() => null;
}

[GraphQLType("Probe")]
internal static class NullableIds
{
    public static Task<List<int?>> Ids() => Task.FromResult(new List<int?>());
}

[GraphQLType("Probe")]
internal static class ArchivedStatus
{
    public static ProbeState Status() => ProbeState.Archived;
}

[GraphQLType("Probe")]
internal static class WrongObjects
{
    public static ClientView Job() => new("client-1", "Acme");

    public static JobView Jobs() => null!;
}

[GraphQLType("Probe")]
internal static class UnknownNames
{
    public static int Frobnicate() => 0;

    [GraphQLName("counter")]
    public static int Count() => 0;
}

[GraphQLType("Probe")]
internal static class BadParameters
{
    public static string Label(string? prefix, int times, int extra, [Parent] ClientView probe) => $"{prefix}{times}{extra}{probe}";
}

[GraphQLType("Probe")]
internal static class MismatchedArguments
{
    public static string Label(int prefix, string times, ProbeState status) => $"{prefix}{times}{status}";
}

[GraphQLType("Probe")]
internal static class NoValue
{
    public static void Count()
    {
    }

    public static Task MaybeCount() => Task.CompletedTask;
}

[GraphQLType("Subscription")]
internal static class BadSubscriptions
{
    public static JobView JobUpdated(string jobId) => new(jobId, "", 0m, JobState.Open, [], "", default);

    public static IAsyncEnumerable<string> BidCount() => AsyncEnumerable.Empty<string>();
}

[GraphQLType("Query")]
internal static class DuplicateCount
{
    public static int JobCount() => 0;
}

[GraphQLType("Mutation")]
internal static class LossyMutations
{
    public static PostJobPayload PostJob(LossyCommand input) => new(null, [new UserError("LOSSY", input.Title)]);
}

[GraphQLType("Mutation")]
internal static class StrictMutations
{
    public static PostJobPayload PostJob(StrictCommand input) => new(null, [new UserError("STRICT", input.Owner)]);
}

internal static class NoAttribute
{
    public static int Count() => 0;
}

[GraphQLType("Nope")]
internal static class UnknownType
{
    public static int Count() => 0;
}

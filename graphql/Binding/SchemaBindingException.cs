namespace Actors.GraphQL.Binding;

/// <summary>Resolvers do not fit the schema: every problem found, each naming its schema coordinate or member.</summary>
public sealed class SchemaBindingException(IReadOnlyList<string> problems)
    : Exception(Describe(problems))
{
    public IReadOnlyList<string> Problems { get; } = problems;

    private static string Describe(IReadOnlyList<string> problems) =>
        $"The resolvers do not fit the schema ({problems.Count} {(problems.Count == 1 ? "problem" : "problems")}):"
        + string.Concat(problems.Select(p => $"{Environment.NewLine}  - {p}"));
}

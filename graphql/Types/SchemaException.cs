namespace Actors.GraphQL.Types;

/// <summary>The SDL does not describe a valid schema; <see cref="Problems"/> lists every problem found, each naming its type and field.</summary>
public sealed class SchemaException(IReadOnlyList<string> problems)
    : Exception("The schema is not valid:" + Environment.NewLine + string.Join(Environment.NewLine, problems.Select(p => "  - " + p)))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}

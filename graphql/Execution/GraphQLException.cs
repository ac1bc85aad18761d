namespace Actors.GraphQL.Execution;

/// <summary>
/// An expected failure of a resolver, reported to the client as it is: the executor turns it into a field
/// error with this <see cref="Exception.Message"/>, <c>extensions.code</c> = <see cref="Code"/> and the
/// other <see cref="Extensions"/>, at the field's path and locations. Any other exception a resolver throws
/// is reported as "Unexpected Execution Error" with the code <c>INTERNAL_SERVER_ERROR</c>, so that no
/// internal detail leaks.
/// </summary>
/// <example><c>throw new GraphQLException($"Job \"{id}\" does not exist.", "JOB_NOT_FOUND");</c></example>
public class GraphQLException : Exception
{
    public GraphQLException(string message, string code, IReadOnlyDictionary<string, object?>? extensions = null, Exception? innerException = null)
        : base(message, innerException)
    {
        ArgumentException.ThrowIfNullOrEmpty(code);
        Code = code;
        Extensions = extensions;
    }

    /// <summary>The stable machine-readable code, written as <c>extensions.code</c>.</summary>
    public string Code { get; }

    /// <summary>
    /// Further <c>extensions</c> entries (values the response writer can write: strings, numbers, booleans,
    /// dictionaries and lists of those); a "code" entry here is overridden by <see cref="Code"/>.
    /// </summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; }

    /// <summary>The error's <c>extensions</c>: "code" first, then <see cref="Extensions"/>.</summary>
    internal IReadOnlyDictionary<string, object?> ErrorExtensions()
    {
        var extensions = new Dictionary<string, object?>(1 + (Extensions?.Count ?? 0), StringComparer.Ordinal) { ["code"] = Code };
        if (Extensions is not null)
        {
            foreach (var (key, value) in Extensions)
            {
                extensions.TryAdd(key, value);
            }
        }

        return extensions;
    }
}

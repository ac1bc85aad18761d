namespace Actors.GraphQL.Errors;

/// <summary>
/// An error in a GraphQL response, with the fields the spec defines: <c>message</c>, <c>locations</c>,
/// <c>path</c> (field names and list indices) and <c>extensions</c>, where <c>extensions.code</c> is a
/// stable machine-readable code. <see cref="Exception"/> is the cause, never serialized.
/// </summary>
public sealed class GraphQLError
{
    public GraphQLError(
        string message,
        IReadOnlyList<SourceLocation>? locations = null,
        IReadOnlyList<object>? path = null,
        IReadOnlyDictionary<string, object?>? extensions = null,
        Exception? exception = null)
    {
        Message = message;
        Locations = locations;
        Path = path;
        Extensions = extensions;
        Exception = exception;
    }

    public string Message { get; }

    public IReadOnlyList<SourceLocation>? Locations { get; }

    /// <summary>Response path: <see cref="string"/> field names and <see cref="int"/> list indices.</summary>
    public IReadOnlyList<object>? Path { get; }

    public IReadOnlyDictionary<string, object?>? Extensions { get; }

    public Exception? Exception { get; }

    /// <summary><c>extensions.code</c>, when set.</summary>
    public string? Code => Extensions is not null && Extensions.TryGetValue("code", out var code) ? code as string : null;

    /// <summary>An error with <c>extensions.code</c> set to <paramref name="code"/>.</summary>
    public static GraphQLError WithCode(string message, string code, IReadOnlyList<SourceLocation>? locations = null, IReadOnlyList<object>? path = null) =>
        new(message, locations, path, new Dictionary<string, object?> { ["code"] = code });

    public override string ToString() => Code is null ? Message : $"{Message} ({Code})";
}

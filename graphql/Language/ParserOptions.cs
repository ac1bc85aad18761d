namespace Actors.GraphQL.Language;

/// <summary>
/// Limits the parser enforces before a hostile document can cost much, and whether it records locations.
/// Each limit fails the parse with a <see cref="GraphQLSyntaxError"/> carrying its own
/// <see cref="SyntaxErrorCodes"/> code. Set a limit to <see cref="int.MaxValue"/> to turn it off.
/// </summary>
public sealed record ParserOptions
{
    /// <summary>The defaults: 1 MiB, 15,000 tokens, depth 64, 5,000 fields, locations recorded.</summary>
    public static ParserOptions Default { get; } = new();

    /// <summary>
    /// Largest document accepted, in UTF-8 bytes; checked before anything is read
    /// (<see cref="SyntaxErrorCodes.DocumentTooLarge"/>).
    /// </summary>
    public int MaxDocumentBytes { get; init; } = 1024 * 1024;

    /// <summary>
    /// Most lexical tokens (punctuators, names, numbers, strings; not comments, commas or white space),
    /// counted as they are read (<see cref="SyntaxErrorCodes.TooManyTokens"/>).
    /// </summary>
    public int MaxTokens { get; init; } = 15_000;

    /// <summary>
    /// Deepest nesting of selection sets, list and object values and list types, counted together
    /// (<see cref="SyntaxErrorCodes.MaxDepthExceeded"/>). A query <c>{ a { b } }</c> has depth 2.
    /// </summary>
    public int MaxDepth { get; init; } = 64;

    /// <summary>
    /// Most field selections in the document, every alias counted (<see cref="SyntaxErrorCodes.TooManyFields"/>).
    /// Field definitions of type-system documents are not field selections.
    /// </summary>
    public int MaxFields { get; init; } = 5_000;

    /// <summary>When true, nodes get no <see cref="Location"/>: less memory for documents that are only executed.</summary>
    public bool NoLocations { get; init; }

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxDocumentBytes);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxTokens);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxDepth);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxFields);
    }
}

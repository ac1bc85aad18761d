namespace Actors.GraphQL.Language;

/// <summary>
/// The <see cref="GraphQLSyntaxError.Code"/> values: one for a document that breaks the grammar, and
/// one per <see cref="ParserOptions"/> limit.
/// </summary>
public static class SyntaxErrorCodes
{
    /// <summary>The document does not follow the GraphQL grammar.</summary>
    public const string ParseFailed = "GRAPHQL_PARSE_FAILED";

    /// <summary>The document has more bytes than <see cref="ParserOptions.MaxDocumentBytes"/>.</summary>
    public const string DocumentTooLarge = "DOCUMENT_TOO_LARGE";

    /// <summary>The document has more lexical tokens than <see cref="ParserOptions.MaxTokens"/>.</summary>
    public const string TooManyTokens = "TOO_MANY_TOKENS";

    /// <summary>Selection sets, list or object values or list types nest deeper than <see cref="ParserOptions.MaxDepth"/>.</summary>
    public const string MaxDepthExceeded = "MAX_DEPTH_EXCEEDED";

    /// <summary>The document selects more fields (aliases included) than <see cref="ParserOptions.MaxFields"/>.</summary>
    public const string TooManyFields = "TOO_MANY_FIELDS";
}

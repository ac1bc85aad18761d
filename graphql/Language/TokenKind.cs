namespace Actors.GraphQL.Language;

/// <summary>The lexical tokens of the spec's lexical grammar, plus the start and end of the source.</summary>
public enum TokenKind
{
    StartOfFile,
    EndOfFile,
    Bang,
    Dollar,
    Ampersand,
    ParenthesisLeft,
    ParenthesisRight,
    Spread,
    Colon,
    Equals,
    At,
    BracketLeft,
    BracketRight,
    BraceLeft,
    Pipe,
    BraceRight,
    Name,
    Int,
    Float,
    String,
    BlockString,
}

/// <summary>How token kinds are named in error messages (the names graphql-js uses).</summary>
public static class TokenKindNames
{
    /// <summary>"&lt;EOF&gt;", "{", "Name", "Int", "String", ...</summary>
    public static string Describe(TokenKind kind) => kind switch
    {
        TokenKind.StartOfFile => "<SOF>",
        TokenKind.EndOfFile => "<EOF>",
        TokenKind.Bang => "!",
        TokenKind.Dollar => "$",
        TokenKind.Ampersand => "&",
        TokenKind.ParenthesisLeft => "(",
        TokenKind.ParenthesisRight => ")",
        TokenKind.Spread => "...",
        TokenKind.Colon => ":",
        TokenKind.Equals => "=",
        TokenKind.At => "@",
        TokenKind.BracketLeft => "[",
        TokenKind.BracketRight => "]",
        TokenKind.BraceLeft => "{",
        TokenKind.Pipe => "|",
        TokenKind.BraceRight => "}",
        TokenKind.Name => "Name",
        TokenKind.Int => "Int",
        TokenKind.Float => "Float",
        TokenKind.String => "String",
        TokenKind.BlockString => "BlockString",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>True for the punctuators, which messages quote (<c>"{"</c>), unlike Name or Int.</summary>
    public static bool IsPunctuator(TokenKind kind) => kind is >= TokenKind.Bang and <= TokenKind.BraceRight;
}

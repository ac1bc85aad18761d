namespace Actors.GraphQL.Language;

/// <summary>
/// A document that cannot be parsed: it breaks the GraphQL grammar, or one of the
/// <see cref="ParserOptions"/> limits. The parser throws it at the first problem. <see cref="Exception.Message"/>
/// reads like graphql-js's, e.g. <c>Syntax Error: Expected Name, found &lt;EOF&gt;.</c>;
/// <see cref="Line"/> and <see cref="Column"/> (1-based, columns in UTF-16 code units) and
/// <see cref="Offset"/> (a byte offset into the UTF-8 source) say where.
/// </summary>
public sealed class GraphQLSyntaxError : Exception
{
    public GraphQLSyntaxError(string description, int offset, int line, int column, string code = SyntaxErrorCodes.ParseFailed)
        : base("Syntax Error: " + description)
    {
        Description = description;
        Offset = offset;
        Line = line;
        Column = column;
        Code = code;
    }

    /// <summary>The message without the "Syntax Error: " prefix.</summary>
    public string Description { get; }

    /// <summary>Byte offset into the UTF-8 source.</summary>
    public int Offset { get; }

    /// <summary>1-based line.</summary>
    public int Line { get; }

    /// <summary>1-based column, in UTF-16 code units.</summary>
    public int Column { get; }

    /// <summary>One of <see cref="SyntaxErrorCodes"/>: which rule or limit the document broke.</summary>
    public string Code { get; }
}

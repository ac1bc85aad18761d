namespace Actors.GraphQL.Language;

/// <summary>
/// Where a node was written: <see cref="Start"/> and <see cref="End"/> are byte offsets into the UTF-8
/// source (end exclusive: the end of the node's last token); <see cref="Line"/> and <see cref="Column"/>
/// are the 1-based position of the node's first token. Columns count UTF-16 code units, as graphql-js
/// and most editors do, so a location in an error matches what a client sees in its own copy of the text.
/// </summary>
public readonly record struct Location(int Start, int End, int Line, int Column);

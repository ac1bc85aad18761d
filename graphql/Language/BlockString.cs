using System.Text;

namespace Actors.GraphQL.Language;

/// <summary>
/// Block strings (<c>"""..."""</c>): the spec's BlockStringValue() that turns raw text into a value, and
/// the reverse, printing a value as a block string that reads back as the same value.
/// </summary>
public static class BlockString
{
    /// <summary>
    /// BlockStringValue(rawValue) of https://spec.graphql.org/September2025/#BlockStringValue() : splits
    /// the raw text at line terminators, removes the indentation common to every line after the first that
    /// is not only white space, drops leading and trailing lines that are only white space, and joins the
    /// rest with line feeds.
    /// </summary>
    public static string Dedent(ReadOnlySpan<char> raw)
    {
        var commonIndent = int.MaxValue;
        var firstLine = -1;
        var lastLine = -1;
        var index = 0;
        for (var rest = raw; ; index++)
        {
            var line = NextLine(ref rest, out var more);
            var indent = LeadingWhiteSpace(line);
            if (indent < line.Length)
            {
                if (index > 0 && indent < commonIndent)
                {
                    commonIndent = indent;
                }

                firstLine = firstLine < 0 ? index : firstLine;
                lastLine = index;
            }

            if (!more)
            {
                break;
            }
        }

        if (firstLine < 0)
        {
            return string.Empty;
        }

        commonIndent = commonIndent == int.MaxValue ? 0 : commonIndent;
        var builder = new StringBuilder(raw.Length);
        index = 0;
        for (var rest = raw; index <= lastLine; index++)
        {
            var line = NextLine(ref rest, out _);
            if (index < firstLine)
            {
                continue;
            }

            if (index > firstLine)
            {
                builder.Append('\n');
            }

            builder.Append(index == 0 ? line : line[Math.Min(commonIndent, line.Length)..]);
        }

        return builder.ToString();
    }

    /// <summary>
    /// <paramref name="value"/> as a block string that reads back as the same value, formatted the way
    /// graphql-js prints block strings: on one line when the value is one short line, otherwise with the
    /// quotes on their own lines; <c>"""</c> inside is escaped.
    /// </summary>
    public static string Print(string value)
    {
        var escaped = value.Replace("\"\"\"", "\\\"\"\"", StringComparison.Ordinal);
        var isSingleLine = true;
        var forceLeadingNewLine = true;
        var lineCount = 0;
        for (var rest = value.AsSpan(); ; lineCount++)
        {
            var line = NextLine(ref rest, out var more);
            if (lineCount > 0 && line.Length > 0 && !IsWhiteSpace(line[0]))
            {
                forceLeadingNewLine = false;
            }

            if (!more)
            {
                break;
            }

            isSingleLine = false;
        }

        forceLeadingNewLine &= !isSingleLine;
        var hasTrailingTripleQuotes = escaped.EndsWith("\\\"\"\"", StringComparison.Ordinal);
        var hasTrailingQuote = value.EndsWith('"') && !hasTrailingTripleQuotes;
        var hasTrailingSlash = value.EndsWith('\\');
        var forceTrailingNewLine = hasTrailingQuote || hasTrailingSlash;
        var printAsMultipleLines = !isSingleLine || value.Length > 70 || forceTrailingNewLine
            || forceLeadingNewLine || hasTrailingTripleQuotes;
        var skipLeadingNewLine = isSingleLine && value.Length > 0 && IsWhiteSpace(value[0]);

        var builder = new StringBuilder(escaped.Length + 8);
        builder.Append("\"\"\"");
        if ((printAsMultipleLines && !skipLeadingNewLine) || forceLeadingNewLine)
        {
            builder.Append('\n');
        }

        builder.Append(escaped);
        if (printAsMultipleLines || forceTrailingNewLine)
        {
            builder.Append('\n');
        }

        return builder.Append("\"\"\"").ToString();
    }

    /// <summary>Cuts the next line off <paramref name="rest"/> at \n, \r\n or \r; <paramref name="more"/> says whether a terminator followed.</summary>
    private static ReadOnlySpan<char> NextLine(ref ReadOnlySpan<char> rest, out bool more)
    {
        var end = rest.IndexOfAny('\n', '\r');
        if (end < 0)
        {
            var last = rest;
            rest = default;
            more = false;
            return last;
        }

        var line = rest[..end];
        var skip = rest[end] == '\r' && end + 1 < rest.Length && rest[end + 1] == '\n' ? 2 : 1;
        rest = rest[(end + skip)..];
        more = true;
        return line;
    }

    private static int LeadingWhiteSpace(ReadOnlySpan<char> line)
    {
        var count = 0;
        while (count < line.Length && IsWhiteSpace(line[count]))
        {
            count++;
        }

        return count;
    }

    private static bool IsWhiteSpace(char c) => c is ' ' or '\t';
}

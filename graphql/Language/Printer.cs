using System.Text;

namespace Actors.GraphQL.Language;

/// <summary>
/// Prints syntax trees as GraphQL source, formatted as graphql-js's <c>print</c> formats them: two-space
/// indentation, one selection or definition member per line, definitions separated by a blank line,
/// arguments broken onto their own lines when a field's line would pass 80 characters or when one of
/// them spans lines, strings written as block strings when they were parsed from one. An anonymous
/// query without variables, directives or description prints in the shorthand form <c>{ ... }</c>.
/// Printing, parsing and printing again gives the same text.
/// </summary>
public static partial class Printer
{
    private const int MaxLineLength = 80;

    /// <summary>The node and everything under it as GraphQL source.</summary>
    public static string Print(SyntaxNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return node switch
        {
            NameNode name => name.Value,
            DocumentNode document => Join(PrintAll(document.Definitions), "\n\n"),
            OperationDefinitionNode operation => PrintOperation(operation),
            VariableDefinitionNode variable => PrintVariableDefinition(variable),
            SelectionSetNode selectionSet => Block(PrintAll(selectionSet.Selections)),
            FieldNode field => PrintField(field),
            ArgumentNode argument => argument.Name.Value + ": " + Print(argument.Value),
            FragmentSpreadNode spread => "..." + spread.Name.Value + Wrap(" ", Directives(spread.Directives)),
            InlineFragmentNode inline => Join(
                ["...", Wrap("on ", inline.TypeCondition?.Name.Value), Directives(inline.Directives), Print(inline.SelectionSet)], " "),
            FragmentDefinitionNode fragment => Description(fragment.Description)
                + "fragment " + fragment.Name.Value + " on " + fragment.TypeCondition.Name.Value + " "
                + Wrap("", Directives(fragment.Directives), " ") + Print(fragment.SelectionSet),
            VariableNode variable => "$" + variable.Name.Value,
            IntValueNode integer => integer.Value,
            FloatValueNode number => number.Value,
            StringValueNode text => text.Block ? BlockString.Print(text.Value) : PrintString(text.Value),
            BooleanValueNode boolean => boolean.Value ? "true" : "false",
            NullValueNode => "null",
            EnumValueNode enumValue => enumValue.Value,
            ListValueNode list => "[" + Join(PrintAll(list.Values), ", ") + "]",
            ObjectValueNode obj => "{" + Join(PrintAll(obj.Fields), ", ") + "}",
            ObjectFieldNode field => field.Name.Value + ": " + Print(field.Value),
            DirectiveNode directive => "@" + directive.Name.Value + Wrap("(", Join(PrintAll(directive.Arguments), ", "), ")"),
            NamedTypeNode named => named.Name.Value,
            ListTypeNode listType => "[" + Print(listType.Type) + "]",
            NonNullTypeNode nonNull => Print(nonNull.Type) + "!",
            _ => PrintTypeSystem(node),
        };
    }

    /// <summary>
    /// <paramref name="value"/> as a quoted string: <c>"</c> and <c>\</c> escaped, control characters
    /// (U+0000–U+001F, U+007F–U+009F) as <c>\n</c>-style or <c>\u00XX</c> escapes, everything else verbatim.
    /// </summary>
    public static string PrintString(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var builder = new StringBuilder(value.Length + 2);
        builder.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '\b':
                    builder.Append("\\b");
                    break;
                case '\f':
                    builder.Append("\\f");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\r':
                    builder.Append("\\r");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                case < '\u0020' or (>= '\u007F' and <= '\u009F'):
                    builder.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    private static string PrintOperation(OperationDefinitionNode operation)
    {
        var variables = PrintAll(operation.VariableDefinitions);
        var variableList = HasMultilineItems(variables)
            ? Wrap("(\n", Indent(Join(variables, "\n")), "\n)")
            : Wrap("(", Join(variables, ", "), ")");
        var prefix = Join(
            [Keyword(operation.Operation), Join([operation.Name?.Value, variableList], ""), Directives(operation.Directives)], " ");
        var selectionSet = Print(operation.SelectionSet);
        if (operation.Description is null && prefix == "query")
        {
            return selectionSet;
        }

        return Description(operation.Description) + prefix + " " + selectionSet;
    }

    private static string PrintVariableDefinition(VariableDefinitionNode variable) =>
        Description(variable.Description)
        + Print(variable.Variable) + ": " + Print(variable.Type)
        + Wrap(" = ", variable.DefaultValue is null ? null : Print(variable.DefaultValue))
        + Wrap(" ", Directives(variable.Directives));

    private static string PrintField(FieldNode field)
    {
        var prefix = Wrap("", field.Alias?.Value, ": ") + field.Name.Value;
        var arguments = PrintAll(field.Arguments);
        var line = prefix + Wrap("(", Join(arguments, ", "), ")");
        if (line.Length > MaxLineLength)
        {
            line = prefix + Wrap("(\n", Indent(Join(arguments, "\n")), "\n)");
        }

        return Join([line, Directives(field.Directives), field.SelectionSet is null ? null : Print(field.SelectionSet)], " ");
    }

    private static string Keyword(OperationType operation) => operation switch
    {
        OperationType.Query => "query",
        OperationType.Mutation => "mutation",
        OperationType.Subscription => "subscription",
        _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, null),
    };

    private static string Description(StringValueNode? description) =>
        description is null ? "" : Print(description) + "\n";

    private static string Directives(IReadOnlyList<DirectiveNode> directives) => Join(PrintAll(directives), " ");

    private static string[] PrintAll<T>(IReadOnlyList<T> nodes)
        where T : SyntaxNode
    {
        if (nodes.Count == 0)
        {
            return [];
        }

        var printed = new string[nodes.Count];
        for (var i = 0; i < printed.Length; i++)
        {
            printed[i] = Print(nodes[i]);
        }

        return printed;
    }

    /// <summary>The non-empty parts joined by <paramref name="separator"/>.</summary>
    private static string Join(ReadOnlySpan<string?> parts, string separator)
    {
        var builder = new StringBuilder();
        foreach (var part in parts)
        {
            if (string.IsNullOrEmpty(part))
            {
                continue;
            }

            if (builder.Length > 0)
            {
                builder.Append(separator);
            }

            builder.Append(part);
        }

        return builder.ToString();
    }

    /// <summary><paramref name="start"/> + <paramref name="text"/> + <paramref name="end"/>, or nothing when the text is empty.</summary>
    private static string Wrap(string start, string? text, string end = "") =>
        string.IsNullOrEmpty(text) ? "" : start + text + end;

    /// <summary>Two spaces before the text and after each of its line feeds.</summary>
    private static string Indent(string text) =>
        Wrap("  ", text.Replace("\n", "\n  ", StringComparison.Ordinal));

    private static string Block(string[] items) => Wrap("{\n", Indent(Join(items, "\n")), "\n}");

    private static bool HasMultilineItems(string[] items)
    {
        foreach (var item in items)
        {
            if (item.Contains('\n', StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}

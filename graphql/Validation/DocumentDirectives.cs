using Actors.GraphQL.Language;

namespace Actors.GraphQL.Validation;

/// <summary>
/// The directives a document may use, as the directive rules see them: the schema's, overridden by any
/// directive the document itself defines (such a document is rejected as not executable, but its
/// directives should not be reported as unknown on top of that).
/// </summary>
internal static class DocumentDirectives
{
    public static IReadOnlyDictionary<string, DirectiveShape> Known(ValidationContext context)
    {
        var known = new Dictionary<string, DirectiveShape>(StringComparer.Ordinal);
        foreach (var directive in context.Schema.Directives)
        {
            known[directive.Name] = new DirectiveShape(
                directive.Name,
                directive.Locations.Select(l => l.ToString()).ToHashSet(StringComparer.Ordinal),
                [.. directive.Arguments.Select(a => new ArgumentShape(a.Name, a.Type.ToString()!, InputValues.IsRequired(a)))],
                directive.IsRepeatable);
        }

        foreach (var definition in context.Document.Definitions.OfType<DirectiveDefinitionNode>())
        {
            known[definition.Name.Value] = new DirectiveShape(
                definition.Name.Value,
                definition.Locations.Select(l => l.Value).ToHashSet(StringComparer.Ordinal),
                [.. definition.Arguments.Select(a => new ArgumentShape(
                    a.Name.Value, Printer.Print(a.Type), a.Type is NonNullTypeNode && a.DefaultValue is null))],
                definition.Repeatable);
        }

        return known;
    }
}

/// <summary>A directive's name, locations (the spec's location names), arguments and repeatability.</summary>
internal sealed record DirectiveShape(string Name, IReadOnlySet<string> Locations, IReadOnlyList<ArgumentShape> Arguments, bool IsRepeatable);

/// <summary>A directive argument: its name, its type as written, and whether it must be given.</summary>
internal sealed record ArgumentShape(string Name, string TypeText, bool IsRequired);

using Actors.GraphQL.Language;

namespace Actors.GraphQL.Protection;

/// <summary>
/// How deeply an operation nests fields: <c>{ a { b } }</c> is 2. Fragments count where they are spread;
/// introspection fields count like any other. Runs after validation, so fragment cycles cannot occur.
/// </summary>
public static class OperationDepth
{
    public static int Measure(DocumentNode document, OperationDefinitionNode operation)
    {
        var fragments = document.Definitions.OfType<FragmentDefinitionNode>()
            .GroupBy(f => f.Name.Value).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        return Depth(operation.SelectionSet, fragments, 0);
    }

    private static int Depth(SelectionSetNode selectionSet, Dictionary<string, FragmentDefinitionNode> fragments, int level)
    {
        var deepest = level;
        foreach (var selection in selectionSet.Selections)
        {
            var depth = selection switch
            {
                FieldNode { SelectionSet: { } inner } => Depth(inner, fragments, level + 1),
                FieldNode => level + 1,
                InlineFragmentNode inline => Depth(inline.SelectionSet, fragments, level),
                FragmentSpreadNode spread when fragments.TryGetValue(spread.Name.Value, out var fragment) => Depth(fragment.SelectionSet, fragments, level),
                _ => level,
            };
            deepest = Math.Max(deepest, depth);
        }

        return deepest;
    }
}

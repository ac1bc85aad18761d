using Actors.GraphQL.Language;

namespace Actors.GraphQL.Execution;

/// <summary>
/// The variables an operation's field collection depends on: those given as the <c>if</c> argument of <c>@skip</c> or
/// <c>@include</c> on a selection of the operation or of a fragment it spreads (directly or through other fragments).
/// </summary>
internal static class SkipIncludeVariables
{
    /// <summary>The variable names, each once, in the order they first appear.</summary>
    public static string[] Of(OperationDefinitionNode operation, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments)
    {
        var names = new List<string>();
        var visitedFragments = new HashSet<string>(StringComparer.Ordinal);
        Visit(operation.SelectionSet, fragments, names, visitedFragments);
        return [.. names];
    }

    private static void Visit(
        SelectionSetNode selectionSet, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments, List<string> names, HashSet<string> visitedFragments)
    {
        foreach (var selection in selectionSet.Selections)
        {
            AddConditionVariables(selection.Directives, names);
            switch (selection)
            {
                case FieldNode { SelectionSet: { } subSelections }:
                    Visit(subSelections, fragments, names, visitedFragments);
                    break;
                case InlineFragmentNode inline:
                    Visit(inline.SelectionSet, fragments, names, visitedFragments);
                    break;
                case FragmentSpreadNode spread when visitedFragments.Add(spread.Name.Value)
                    && fragments.TryGetValue(spread.Name.Value, out var fragment):
                    Visit(fragment.SelectionSet, fragments, names, visitedFragments);
                    break;
            }
        }
    }

    private static void AddConditionVariables(IReadOnlyList<DirectiveNode> directives, List<string> names)
    {
        foreach (var directive in directives)
        {
            if (directive.Name.Value is not ("skip" or "include"))
            {
                continue;
            }

            foreach (var argument in directive.Arguments)
            {
                if (argument is { Name.Value: "if", Value: VariableNode variable } && !names.Contains(variable.Name.Value))
                {
                    names.Add(variable.Name.Value);
                }
            }
        }
    }
}

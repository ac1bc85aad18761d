using Actors.GraphQL.Errors;
using Actors.GraphQL.Language;

namespace Actors.GraphQL.Validation.Rules;

/// <summary>
/// Field Selection Merging: every pair of fields that a selection set (with its fragments, followed
/// through spreads and inline fragments) gives the same response name can be merged without ambiguity.
/// Unless their parents are different object types (then only one of them can apply), they select the
/// same field with the same arguments; always, they have the same response shape (list and non-null
/// wrappers and leaf types alike), and their sub-selections can be merged in turn.
/// https://spec.graphql.org/September2025/#sec-Field-Selection-Merging
/// </summary>
/// <remarks>
/// The spec's FieldsInSetCanMerge and SameResponseShape are checked together, pair by pair, the way
/// graphql-js 16 does, so the errors (one per conflicting pair, with the nested "subfields" reasons and
/// every blamed field's location) come in its order and with its words. Fields are compared "within" a
/// selection set once, when that set is visited, and otherwise only "between" two collections of fields;
/// comparisons of a field collection with a fragment and of two fragments are memoized, and the whole
/// rule works within a complexity budget, so large documents of repeated fragments stay cheap.
/// </remarks>
public sealed partial class OverlappingFieldsCanBeMergedRule : IValidationRule
{
    /// <summary>Longest response name, field name or reason text put into a message before it is cut with "...".</summary>
    private const int MaxConflictDetailLength = 1000;

    /// <summary>Most fields one side of a nested conflict blames (the enclosing field first).</summary>
    private const int MaxConflictNodes = 20;

    /// <summary>Units of comparison work the rule may spend on one document before it aborts validation.</summary>
    private const int MaxComplexityBudget = 500_000;

    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private static string Abbreviate(string text) =>
        text.Length > MaxConflictDetailLength ? string.Concat(text.AsSpan(0, MaxConflictDetailLength), "...") : text;

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        private readonly ConflictFinder _finder = new(context);
        private readonly HashSet<SelectionSetNode> _inlineFragmentSets = new(ReferenceEqualityComparer.Instance);
        private bool _aborted;

        // An inline fragment's fields belong to the enclosing selection set, which compares them.
        public override void EnterInlineFragment(InlineFragmentNode node) => _inlineFragmentSets.Add(node.SelectionSet);

        public override void EnterSelectionSet(SelectionSetNode node)
        {
            if (_aborted || _inlineFragmentSets.Contains(node))
            {
                return;
            }

            // A lone field or spread has nothing to conflict with here (its own sets are visited separately).
            if (node.Selections.Count <= 1 && node.Selections.FirstOrDefault() is not InlineFragmentNode)
            {
                return;
            }

            var conflicts = _finder.FindConflictsWithinSelectionSet(context.ParentType, node);
            if (_finder.IsOverBudget)
            {
                _aborted = true;
                context.Abort(GraphQLError.WithCode("Validation aborted.", ValidationErrorCodes.Aborted));
                return;
            }

            foreach (var conflict in conflicts)
            {
                context.ReportError(
                    $"Fields \"{Abbreviate(conflict.ResponseName)}\" conflict because {conflict.Reason}. Use different aliases on the fields to fetch both if this was intentional.",
                    [.. conflict.Fields1, .. conflict.Fields2]);
            }
        }
    }
}

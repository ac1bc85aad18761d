using Actors.GraphQL.Language;
using Actors.GraphQL.Types;

namespace Actors.GraphQL.Validation.Rules;

/// <summary>The conflict search: the spec's FieldsInSetCanMerge and SameResponseShape, pair by pair.</summary>
public sealed partial class OverlappingFieldsCanBeMergedRule
{
    /// <summary>
    /// Finds the pairs of fields that cannot be merged, for one validation. Its caches (collected fields per
    /// selection set and parent type, name-and-argument verdicts per field pair, argument value keys) and
    /// memos (fragment pairs compared; fragments each field collection was compared with) live as long as
    /// the validation, so every selection set visited reuses the work done for the earlier ones.
    /// </summary>
    /// <remarks>
    /// The search, in the terms of the steps it takes:
    /// (A) the fields of a visited selection set are compared with each other — the only place fields of one
    /// collection are compared among themselves; (B) they are compared with each fragment the set spreads and
    /// (C) those fragments with each other. (D) Comparing fields with a fragment compares them with the
    /// fragment's fields and (E) with the fragments it spreads in turn. (F) Comparing two fragments compares
    /// their fields and (G) each with the fragments the other spreads. (H) Two fields of one response name that
    /// both have sub-selections compare those collections, (I) each with the other's fragments and (J) their
    /// fragments pairwise.
    /// </remarks>
    private sealed partial class ConflictFinder(ValidationContext context)
    {
        private readonly FragmentPairSet _comparedFragmentPairs = new();
        private readonly Dictionary<(INamedType? Type, SelectionSetNode Set), CollectedFields> _collected = new(SelectionKeyComparer.Instance);
        private int _budget = MaxComplexityBudget;

        /// <summary>Whether the comparisons have cost more than the budget; the answer of the last search is then incomplete.</summary>
        public bool IsOverBudget => _budget < 0;

        /// <summary>Every conflict within <paramref name="selectionSet"/>, fragments and inline fragments included (steps A to C).</summary>
        public List<Conflict> FindConflictsWithinSelectionSet(INamedType? parentType, SelectionSetNode selectionSet)
        {
            var conflicts = new List<Conflict>();
            var collected = CollectFields(parentType, selectionSet);
            CollectConflictsWithin(conflicts, collected);

            var fragmentNames = collected.FragmentNames;
            if (fragmentNames.Count == 0 || (collected.Fields.Count == 0 && fragmentNames.Count == 1))
            {
                return conflicts;
            }

            for (var i = 0; i < fragmentNames.Count && !IsOverBudget; i++)
            {
                CollectConflictsBetweenFieldsAndFragment(conflicts, false, collected, fragmentNames[i]);
                for (var j = i + 1; j < fragmentNames.Count && !IsOverBudget; j++)
                {
                    CollectConflictsBetweenFragments(conflicts, false, fragmentNames[i], fragmentNames[j]);
                }
            }

            return conflicts;
        }

        /// <summary>Steps D and E: a collection of fields against a fragment and, through it, the fragments it spreads.</summary>
        private void CollectConflictsBetweenFieldsAndFragment(List<Conflict> conflicts, bool areMutuallyExclusive, CollectedFields collected, string fragmentName)
        {
            if (IsOverBudget)
            {
                return;
            }

            Spend(1);
            if (collected.Fields.Count == 0)
            {
                return;
            }

            // A comparison made without exclusivity covers both kinds; one made with it covers only its own kind.
            if (collected.ComparedFragments.TryGetValue(fragmentName, out var comparedExclusive) && (!comparedExclusive || areMutuallyExclusive))
            {
                return;
            }

            collected.ComparedFragments[fragmentName] = areMutuallyExclusive;
            if (context.GetFragment(fragmentName) is not { } fragment)
            {
                return;
            }

            var fragmentFields = CollectFragmentFields(fragment);
            if (ReferenceEquals(collected, fragmentFields))
            {
                return;
            }

            CollectConflictsBetween(conflicts, areMutuallyExclusive, collected, fragmentFields);
            foreach (var referenced in fragmentFields.FragmentNames)
            {
                CollectConflictsBetweenFieldsAndFragment(conflicts, areMutuallyExclusive, collected, referenced);
            }
        }

        /// <summary>Steps F and G: two fragments and, through them, the fragments each spreads; each pair once.</summary>
        private void CollectConflictsBetweenFragments(List<Conflict> conflicts, bool areMutuallyExclusive, string fragmentName1, string fragmentName2)
        {
            if (IsOverBudget)
            {
                return;
            }

            Spend(2);
            if (fragmentName1 == fragmentName2 || _comparedFragmentPairs.Contains(fragmentName1, fragmentName2, areMutuallyExclusive))
            {
                return;
            }

            _comparedFragmentPairs.Add(fragmentName1, fragmentName2, areMutuallyExclusive);
            if (context.GetFragment(fragmentName1) is not { } fragment1 || context.GetFragment(fragmentName2) is not { } fragment2)
            {
                return;
            }

            var fields1 = CollectFragmentFields(fragment1);
            var fields2 = CollectFragmentFields(fragment2);
            CollectConflictsBetween(conflicts, areMutuallyExclusive, fields1, fields2);
            foreach (var referenced2 in fields2.FragmentNames)
            {
                CollectConflictsBetweenFragments(conflicts, areMutuallyExclusive, fragmentName1, referenced2);
            }

            foreach (var referenced1 in fields1.FragmentNames)
            {
                CollectConflictsBetweenFragments(conflicts, areMutuallyExclusive, referenced1, fragmentName2);
            }
        }

        /// <summary>Steps H to J: the sub-selections of two fields with one response name (the merged set of FieldsInSetCanMerge).</summary>
        private List<Conflict> FindConflictsBetweenSubSelectionSets(
            bool areMutuallyExclusive, INamedType? parentType1, SelectionSetNode selectionSet1, INamedType? parentType2, SelectionSetNode selectionSet2)
        {
            var conflicts = new List<Conflict>();
            var fields1 = CollectFields(parentType1, selectionSet1);
            var fields2 = CollectFields(parentType2, selectionSet2);
            CollectConflictsBetween(conflicts, areMutuallyExclusive, fields1, fields2);
            foreach (var fragmentName2 in fields2.FragmentNames)
            {
                CollectConflictsBetweenFieldsAndFragment(conflicts, areMutuallyExclusive, fields1, fragmentName2);
            }

            foreach (var fragmentName1 in fields1.FragmentNames)
            {
                CollectConflictsBetweenFieldsAndFragment(conflicts, areMutuallyExclusive, fields2, fragmentName1);
            }

            foreach (var fragmentName1 in fields1.FragmentNames)
            {
                foreach (var fragmentName2 in fields2.FragmentNames)
                {
                    CollectConflictsBetweenFragments(conflicts, areMutuallyExclusive, fragmentName1, fragmentName2);
                }
            }

            return conflicts;
        }

        /// <summary>Every pair of fields under one response name within one collection.</summary>
        private void CollectConflictsWithin(List<Conflict> conflicts, CollectedFields collected)
        {
            foreach (var (responseName, fields) in collected.Fields)
            {
                for (var i = 0; i < fields.Count && !IsOverBudget; i++)
                {
                    for (var j = i + 1; j < fields.Count; j++)
                    {
                        if (FindConflict(false, responseName, fields[i], fields[j]) is { } conflict)
                        {
                            conflicts.Add(conflict);
                        }
                    }
                }
            }
        }

        /// <summary>Every field of one collection against each field of the other with the same response name.</summary>
        private void CollectConflictsBetween(List<Conflict> conflicts, bool parentFieldsAreMutuallyExclusive, CollectedFields collected1, CollectedFields collected2)
        {
            if (collected1.Fields.Count == 0 || collected2.Fields.Count == 0)
            {
                return;
            }

            foreach (var overlap in Overlaps(collected1, collected2))
            {
                foreach (var field1 in overlap.Fields1)
                {
                    foreach (var field2 in overlap.Fields2)
                    {
                        if (FindConflict(parentFieldsAreMutuallyExclusive, overlap.ResponseName, field1, field2) is { } conflict)
                        {
                            conflicts.Add(conflict);
                        }
                    }
                }
            }
        }

        private List<Overlap> Overlaps(CollectedFields collected1, CollectedFields collected2)
        {
            if (collected1.Overlaps.TryGetValue(collected2, out var cached))
            {
                return cached;
            }

            var overlaps = new List<Overlap>();
            foreach (var (responseName, fields1) in collected1.Fields)
            {
                Spend(1);
                if (collected2.Fields.TryGetValue(responseName, out var fields2))
                {
                    overlaps.Add(new Overlap(responseName, fields1, fields2));
                }
            }

            collected1.Overlaps[collected2] = overlaps;
            return overlaps;
        }

        /// <summary>
        /// Whether two fields of one response name conflict. Unless their parents are known to be exclusive
        /// (different object types, here or further up), they must be the same field with the same arguments;
        /// always they must have the same response shape (SameResponseShape), and their sub-selections must merge.
        /// </summary>
        private Conflict? FindConflict(bool parentFieldsAreMutuallyExclusive, string responseName, FieldDetails field1, FieldDetails field2)
        {
            if (IsOverBudget)
            {
                return null;
            }

            // Interfaces and unions might overlap, if not in this schema then in a later one; object types never.
            var areMutuallyExclusive = parentFieldsAreMutuallyExclusive
                || (!ReferenceEquals(field1.ParentType, field2.ParentType) && field1.ParentType is ObjectType && field2.ParentType is ObjectType);
            Spend(2);

            var node1 = field1.Node;
            var node2 = field2.Node;
            if (field1.IsSimpleLeaf && field2.IsSimpleLeaf && ReferenceEquals(field1.Definition?.Type, field2.Definition?.Type) && node1.Name.Value == node2.Name.Value)
            {
                return null;
            }

            if (!areMutuallyExclusive)
            {
                if (!field1.Comparisons.TryGetValue(field2, out var reason))
                {
                    reason = node1.Name.Value != node2.Name.Value
                        ? $"\"{Abbreviate(node1.Name.Value)}\" and \"{Abbreviate(node2.Name.Value)}\" are different fields"
                        : SameArguments(field1.Arguments, field2.Arguments) ? null : "they have differing arguments";
                    field1.Comparisons[field2] = reason;
                }

                if (reason is not null)
                {
                    return new Conflict(responseName, reason, [node1], [node2]);
                }
            }

            if (field1.Definition?.Type is { } type1 && field2.Definition?.Type is { } type2 && DoTypesConflict(type1, type2))
            {
                return new Conflict(responseName, $"they return conflicting types \"{type1}\" and \"{type2}\"", [node1], [node2]);
            }

            if (node1.SelectionSet is { } selectionSet1 && node2.SelectionSet is { } selectionSet2)
            {
                var conflicts = FindConflictsBetweenSubSelectionSets(areMutuallyExclusive, field1.NamedType, selectionSet1, field2.NamedType, selectionSet2);
                return SubfieldConflicts(conflicts, responseName, node1, node2);
            }

            return null;
        }

        private CollectedFields CollectFragmentFields(FragmentDefinitionNode fragment) =>
            CollectFields(context.Schema.GetType(fragment.TypeCondition.Name.Value), fragment.SelectionSet);

        /// <summary>The fields of <paramref name="selectionSet"/> on <paramref name="parentType"/> (inline fragments flattened) and the fragments it spreads.</summary>
        private CollectedFields CollectFields(INamedType? parentType, SelectionSetNode selectionSet)
        {
            if (_collected.TryGetValue((parentType, selectionSet), out var cached))
            {
                return cached;
            }

            var collected = new CollectedFields();
            CollectFieldsInto(collected, new HashSet<string>(StringComparer.Ordinal), parentType, selectionSet);
            return _collected[(parentType, selectionSet)] = collected;
        }

        private void CollectFieldsInto(CollectedFields collected, HashSet<string> fragmentNames, INamedType? parentType, SelectionSetNode selectionSet)
        {
            foreach (var selection in selectionSet.Selections)
            {
                switch (selection)
                {
                    case FieldNode field:
                        // Meta-fields have no definition here, as in graphql-js: __typename is never a type conflict.
                        var definition = parentType is ObjectType or InterfaceType ? ((IFieldsType)parentType).Field(field.Name.Value) : null;
                        var responseName = field.Alias?.Value ?? field.Name.Value;
                        if (!collected.Fields.TryGetValue(responseName, out var fields))
                        {
                            collected.Fields.Add(responseName, fields = []);
                        }

                        fields.Add(new FieldDetails(parentType, field, definition));
                        break;
                    case FragmentSpreadNode spread:
                        if (fragmentNames.Add(spread.Name.Value))
                        {
                            collected.FragmentNames.Add(spread.Name.Value);
                        }

                        break;
                    case InlineFragmentNode inline:
                        var type = inline.TypeCondition is { } condition ? context.Schema.GetType(condition.Name.Value) : parentType;
                        CollectFieldsInto(collected, fragmentNames, type, inline.SelectionSet);
                        break;
                }
            }
        }

        private void Spend(int cost) => _budget -= cost;
    }
}

using Actors.GraphQL.Language;

namespace Actors.GraphQL.Validation.Rules;

/// <summary>
/// Maximum introspection depth (not a rule of the spec; graphql-js runs it with the spec's rules): below
/// a <c>__schema</c> or <c>__type</c> field, the introspection list fields <c>fields</c>,
/// <c>interfaces</c>, <c>possibleTypes</c> and <c>inputFields</c> are not nested three deep, counting
/// through fragments, so a small document cannot ask for an enormous introspection result.
/// https://spec.graphql.org/September2025/#sec-Schema-Introspection
/// </summary>
public sealed class MaxIntrospectionDepthRule : IValidationRule
{
    private const int MaxListDepth = 3;

    /// <summary>
    /// How many fragment expansions one search may make. Without fragment cycles a search expands each
    /// fragment at most once per depth; only a cyclic document (which NoFragmentCyclesRule rejects) can
    /// need more, and its search then gives up rather than take exponential time.
    /// </summary>
    private const int MaxExpansions = 100_000;

    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        /// <summary>Fragments known not to reach the limit from a depth, whatever path leads to them.</summary>
        private readonly HashSet<(string Fragment, int Depth)> _shallow = [];

        /// <summary>The fragments being expanded on the current search path, with their position on it.</summary>
        private readonly Dictionary<string, int> _onPath = new(StringComparer.Ordinal);

        /// <summary>The introspection field last reported: what is inside it is not checked again.</summary>
        private FieldNode? _reported;

        private int _expansionsLeft;

        public override void EnterField(FieldNode node)
        {
            if (_reported is not null || node.Name.Value is not ("__schema" or "__type"))
            {
                return;
            }

            _expansionsLeft = MaxExpansions;
            var lowestCut = int.MaxValue;
            if (IsTooDeep(node.SelectionSet, 0, ref lowestCut))
            {
                context.ReportError("Maximum introspection depth exceeded", node);
                _reported = node;
            }
        }

        public override void LeaveField(FieldNode node)
        {
            if (ReferenceEquals(node, _reported))
            {
                _reported = null;
            }
        }

        /// <summary>
        /// Whether the list fields in <paramref name="selectionSet"/> reach the maximum depth, given the
        /// <paramref name="depth"/> already reached. A spread of a fragment already being expanded on the
        /// path (a cycle, NoFragmentCyclesRule's to report) is not followed; <paramref name="lowestCut"/>
        /// receives the lowest path position of such a fragment, so that a fragment whose search cut no
        /// cycle through the fragments before it can be remembered as shallow for any path.
        /// </summary>
        private bool IsTooDeep(SelectionSetNode? selectionSet, int depth, ref int lowestCut)
        {
            if (selectionSet is null)
            {
                return false;
            }

            foreach (var selection in selectionSet.Selections)
            {
                switch (selection)
                {
                    case FieldNode field:
                        var fieldDepth = field.Name.Value is "fields" or "interfaces" or "possibleTypes" or "inputFields" ? depth + 1 : depth;
                        if (fieldDepth >= MaxListDepth || IsTooDeep(field.SelectionSet, fieldDepth, ref lowestCut))
                        {
                            return true;
                        }

                        break;
                    case InlineFragmentNode inline:
                        if (IsTooDeep(inline.SelectionSet, depth, ref lowestCut))
                        {
                            return true;
                        }

                        break;
                    case FragmentSpreadNode spread:
                        if (IsSpreadTooDeep(spread.Name.Value, depth, ref lowestCut))
                        {
                            return true;
                        }

                        break;
                }
            }

            return false;
        }

        private bool IsSpreadTooDeep(string name, int depth, ref int lowestCut)
        {
            if (_onPath.TryGetValue(name, out var cycleStart))
            {
                lowestCut = Math.Min(lowestCut, cycleStart);
                return false;
            }

            if (context.GetFragment(name) is not { } fragment || _shallow.Contains((name, depth)) || _expansionsLeft <= 0)
            {
                return false;
            }

            _expansionsLeft--;
            var position = _onPath.Count;
            _onPath[name] = position;
            var cut = int.MaxValue;
            var tooDeep = IsTooDeep(fragment.SelectionSet, depth, ref cut);
            _onPath.Remove(name);
            if (tooDeep)
            {
                return true;
            }

            // Cycles cut only at this fragment or below it would be cut the same on any path here.
            if (cut >= position && _expansionsLeft > 0)
            {
                _shallow.Add((name, depth));
            }

            lowestCut = Math.Min(lowestCut, cut);
            return false;
        }
    }
}

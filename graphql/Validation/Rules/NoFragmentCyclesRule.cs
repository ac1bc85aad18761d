using Actors.GraphQL.Language;

namespace Actors.GraphQL.Validation.Rules;

/// <summary>
/// Fragment Spreads Must Not Form Cycles: no fragment spreads itself, directly or through other
/// fragments, since its expansion would never end. Each cycle is reported once, at every spread along it.
/// https://spec.graphql.org/September2025/#sec-Fragment-Spreads-Must-Not-Form-Cycles
/// </summary>
public sealed class NoFragmentCyclesRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        /// <summary>Fragments already searched: each is searched once, so each cycle is found once.</summary>
        private readonly HashSet<string> _visited = new(StringComparer.Ordinal);

        /// <summary>The spreads from the fragment where the search started to the current one.</summary>
        private readonly List<FragmentSpreadNode> _spreadPath = [];

        /// <summary>For each fragment on the current search path, where its spreads start in <see cref="_spreadPath"/>.</summary>
        private readonly Dictionary<string, int> _pathIndexByName = new(StringComparer.Ordinal);

        public override void EnterFragmentDefinition(FragmentDefinitionNode node) => DetectCycles(node);

        /// <summary>A depth-first search that keeps going after a cycle, to find every cycle.</summary>
        private void DetectCycles(FragmentDefinitionNode fragment)
        {
            var name = fragment.Name.Value;
            if (!_visited.Add(name))
            {
                return;
            }

            var spreads = context.GetFragmentSpreads(fragment.SelectionSet);
            if (spreads.Count == 0)
            {
                return;
            }

            _pathIndexByName[name] = _spreadPath.Count;
            foreach (var spread in spreads)
            {
                var spreadName = spread.Name.Value;
                _spreadPath.Add(spread);
                if (_pathIndexByName.TryGetValue(spreadName, out var cycleStart))
                {
                    var cycle = _spreadPath.GetRange(cycleStart, _spreadPath.Count - cycleStart);
                    var via = string.Join(", ", cycle.Take(cycle.Count - 1).Select(s => $"\"{s.Name.Value}\""));
                    context.ReportError(
                        $"Cannot spread fragment \"{spreadName}\" within itself" + (via.Length > 0 ? $" via {via}." : "."),
                        [.. cycle]);
                }
                else if (context.GetFragment(spreadName) is { } target)
                {
                    DetectCycles(target);
                }

                _spreadPath.RemoveAt(_spreadPath.Count - 1);
            }

            _pathIndexByName.Remove(name);
        }
    }
}

using System.Runtime.CompilerServices;
using Actors.GraphQL.Language;
using Actors.GraphQL.Types;

namespace Actors.GraphQL.Validation.Rules;

/// <summary>The collections the conflict search works on, and their memos.</summary>
public sealed partial class OverlappingFieldsCanBeMergedRule
{
    /// <summary>
    /// Two fields under one response name that cannot be merged: the reason (for nested conflicts, the
    /// "subfields … conflict because …" chain) and the fields blamed on each side, outermost first.
    /// </summary>
    private sealed record Conflict(string ResponseName, string Reason, IReadOnlyList<FieldNode> Fields1, IReadOnlyList<FieldNode> Fields2);

    /// <summary>A response name that two field collections share, with each one's fields of that name.</summary>
    private sealed record Overlap(string ResponseName, List<FieldDetails> Fields1, List<FieldDetails> Fields2);

    /// <summary>One field selection as collected: the type it is selected on, the node, and its definition there (if any).</summary>
    private sealed class FieldDetails(INamedType? parentType, FieldNode node, FieldDefinition? definition)
    {
        private Dictionary<FieldDetails, string?>? _comparisons;
        private ArgumentInfo? _arguments;
        private bool _argumentsBuilt;

        public INamedType? ParentType { get; } = parentType;

        public FieldNode Node { get; } = node;

        public FieldDefinition? Definition { get; } = definition;

        /// <summary>No arguments and no sub-selection: two of these with the same name and type never conflict.</summary>
        public bool IsSimpleLeaf { get; } = node.Arguments.Count == 0 && node.SelectionSet is null;

        /// <summary>The named type of the field's definition, the parent type of its sub-selection.</summary>
        public INamedType? NamedType => Definition is { } definition ? TypeInfo.NamedType(definition.Type) : null;

        /// <summary>The arguments by name (the last one wins, as graphql-js keeps it), or null when there are none.</summary>
        public ArgumentInfo? Arguments
        {
            get
            {
                if (!_argumentsBuilt)
                {
                    _argumentsBuilt = true;
                    _arguments = Node.Arguments.Count == 0 ? null : new ArgumentInfo(Node.Arguments);
                }

                return _arguments;
            }
        }

        /// <summary>The name-and-arguments verdicts against other fields: a reason, or null for "these merge".</summary>
        public Dictionary<FieldDetails, string?> Comparisons => _comparisons ??= [];
    }

    private sealed class ArgumentInfo
    {
        public ArgumentInfo(IReadOnlyList<ArgumentNode> nodes)
        {
            Nodes = nodes;
            foreach (var argument in nodes)
            {
                Values[argument.Name.Value] = argument.Value;
            }
        }

        public IReadOnlyList<ArgumentNode> Nodes { get; }

        public Dictionary<string, ValueNode> Values { get; } = new(StringComparer.Ordinal);
    }

    /// <summary>
    /// The fields of one selection set on one parent type, grouped by response name in document order
    /// (inline fragments flattened in), and the names of the fragments it spreads (not followed).
    /// </summary>
    private sealed class CollectedFields
    {
        public OrderedDictionary<string, List<FieldDetails>> Fields { get; } = new(StringComparer.Ordinal);

        public List<string> FragmentNames { get; } = [];

        /// <summary>Fragments these fields were compared with, and whether that comparison was under mutually exclusive parents.</summary>
        public Dictionary<string, bool> ComparedFragments { get => field ??= new(StringComparer.Ordinal); }

        /// <summary>The response names shared with another collection, computed once per pair.</summary>
        public Dictionary<CollectedFields, List<Overlap>> Overlaps { get => field ??= new(ReferenceEqualityComparer.Instance); }
    }

    /// <summary>
    /// Pairs of fragment names already compared, order ignored. A pair compared with mutually exclusive
    /// parents answers only exclusive lookups; one compared without answers both.
    /// </summary>
    private sealed class FragmentPairSet
    {
        private readonly Dictionary<(string, string), bool> _pairs = [];

        public bool Contains(string a, string b, bool areMutuallyExclusive) =>
            Contains((a, b), areMutuallyExclusive) || Contains((b, a), areMutuallyExclusive);

        public void Add(string a, string b, bool areMutuallyExclusive) => _pairs[(a, b)] = areMutuallyExclusive;

        private bool Contains((string, string) pair, bool areMutuallyExclusive) =>
            _pairs.TryGetValue(pair, out var stored) && (areMutuallyExclusive || !stored);
    }

    /// <summary>Keys a selection set's collected fields by the parent type and the set itself, both by reference.</summary>
    private sealed class SelectionKeyComparer : IEqualityComparer<(INamedType? Type, SelectionSetNode Set)>
    {
        public static SelectionKeyComparer Instance { get; } = new();

        public bool Equals((INamedType? Type, SelectionSetNode Set) x, (INamedType? Type, SelectionSetNode Set) y) =>
            ReferenceEquals(x.Type, y.Type) && ReferenceEquals(x.Set, y.Set);

        public int GetHashCode((INamedType? Type, SelectionSetNode Set) key) =>
            HashCode.Combine(RuntimeHelpers.GetHashCode(key.Type), RuntimeHelpers.GetHashCode(key.Set));
    }
}

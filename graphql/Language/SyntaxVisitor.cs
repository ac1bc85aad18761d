namespace Actors.GraphQL.Language;

/// <summary>
/// Callbacks keyed by node kind, for <see cref="SyntaxWalker"/>. A validation rule builds one and
/// registers what it cares about:
/// <code>
/// var visitor = new SyntaxVisitor()
///     .Enter&lt;FragmentDefinitionNode&gt;((fragment, path) =&gt; { ... return VisitAction.Skip; })
///     .Enter&lt;FieldNode&gt;((field, path) =&gt; { ... })
///     .Leave&lt;OperationDefinitionNode&gt;((operation, path) =&gt; { ... });
/// </code>
/// The type argument may be a concrete node type, an abstract one (<see cref="SelectionNode"/>,
/// <see cref="ValueNode"/>, <see cref="SyntaxNode"/> for every node) or an interface
/// (<see cref="IHasDirectives"/>): the callback is registered for every node kind it covers. Several
/// callbacks for one kind run in registration order; the strongest action wins
/// (<see cref="VisitAction.Break"/> over <see cref="VisitAction.Skip"/> over <see cref="VisitAction.Continue"/>).
/// </summary>
public sealed class SyntaxVisitor
{
    private static readonly SyntaxKind[] _allKinds = Enum.GetValues<SyntaxKind>();

    private readonly Func<SyntaxNode, SyntaxPath, VisitAction>?[] _enter = new Func<SyntaxNode, SyntaxPath, VisitAction>?[_allKinds.Length];
    private readonly Action<SyntaxNode, SyntaxPath>?[] _leave = new Action<SyntaxNode, SyntaxPath>?[_allKinds.Length];

    /// <summary>Calls <paramref name="callback"/> when the walk enters a <typeparamref name="TNode"/>; its result steers the walk.</summary>
    public SyntaxVisitor Enter<TNode>(Func<TNode, SyntaxPath, VisitAction> callback)
        where TNode : class
    {
        ArgumentNullException.ThrowIfNull(callback);
        foreach (var kind in KindsOf(typeof(TNode)))
        {
            var previous = _enter[(int)kind];
            _enter[(int)kind] = previous is null
                ? (node, path) => callback((TNode)(object)node, path)
                : (node, path) =>
                {
                    var first = previous(node, path);
                    var second = callback((TNode)(object)node, path);
                    return first > second ? first : second;
                };
        }

        return this;
    }

    /// <summary>Calls <paramref name="callback"/> when the walk enters a <typeparamref name="TNode"/>; the walk continues into its children.</summary>
    public SyntaxVisitor Enter<TNode>(Action<TNode, SyntaxPath> callback)
        where TNode : class
    {
        ArgumentNullException.ThrowIfNull(callback);
        return Enter<TNode>((node, path) =>
        {
            callback(node, path);
            return VisitAction.Continue;
        });
    }

    /// <summary>Calls <paramref name="callback"/> when the walk leaves a <typeparamref name="TNode"/>, after its children.</summary>
    public SyntaxVisitor Leave<TNode>(Action<TNode, SyntaxPath> callback)
        where TNode : class
    {
        ArgumentNullException.ThrowIfNull(callback);
        foreach (var kind in KindsOf(typeof(TNode)))
        {
            _leave[(int)kind] += (node, path) => callback((TNode)(object)node, path);
        }

        return this;
    }

    internal VisitAction OnEnter(SyntaxNode node, SyntaxPath path) =>
        _enter[(int)node.Kind] is { } enter ? enter(node, path) : VisitAction.Continue;

    internal void OnLeave(SyntaxNode node, SyntaxPath path) => _leave[(int)node.Kind]?.Invoke(node, path);

    private static List<SyntaxKind> KindsOf(Type type)
    {
        var kinds = new List<SyntaxKind>();
        foreach (var kind in _allKinds)
        {
            if (type.IsAssignableFrom(SyntaxKinds.NodeType(kind)))
            {
                kinds.Add(kind);
            }
        }

        if (kinds.Count == 0)
        {
            throw new ArgumentException($"{type.Name} is not a syntax node type, nor implemented by one.", nameof(type));
        }

        return kinds;
    }
}

namespace Actors.GraphQL.Language;

/// <summary>
/// Walks a syntax tree depth-first in source order and calls the <see cref="SyntaxVisitor"/> callbacks
/// registered for each node's kind: enter, then the children, then leave. Every callback gets the
/// node's ancestors as a <see cref="SyntaxPath"/>.
/// <para>
/// Several visitors can share one walk (<see cref="Walk(SyntaxNode, IReadOnlyList{SyntaxVisitor})"/>),
/// as validation runs all its rules in one pass. Enter callbacks run in list order and leave callbacks
/// in reverse list order, so a visitor placed first (one that tracks types, say) has entered a node
/// before any other visitor sees it and leaves it after all of them. Each visitor skips and breaks on
/// its own: a <see cref="VisitAction.Skip"/> hides that subtree from that visitor only, and a
/// <see cref="VisitAction.Break"/> retires that visitor only. The walk stops once every visitor has broken.
/// </para>
/// </summary>
public sealed partial class SyntaxWalker
{
    private readonly SyntaxVisitor[] _visitors;
    private readonly SyntaxNode?[] _skipping;
    private readonly bool[] _broken;
    private readonly SyntaxPath _path = new();
    private int _active;

    private SyntaxWalker(SyntaxVisitor[] visitors)
    {
        _visitors = visitors;
        _skipping = new SyntaxNode?[visitors.Length];
        _broken = new bool[visitors.Length];
        _active = visitors.Length;
    }

    /// <summary>Walks <paramref name="root"/> and everything under it with one visitor.</summary>
    public static void Walk(SyntaxNode root, SyntaxVisitor visitor)
    {
        ArgumentNullException.ThrowIfNull(visitor);
        Walk(root, [visitor]);
    }

    /// <summary>Walks <paramref name="root"/> once, calling every visitor, each with its own skips and breaks.</summary>
    public static void Walk(SyntaxNode root, IReadOnlyList<SyntaxVisitor> visitors)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(visitors);
        var copy = new SyntaxVisitor[visitors.Count];
        for (var i = 0; i < copy.Length; i++)
        {
            copy[i] = visitors[i] ?? throw new ArgumentException("A visitor is null.", nameof(visitors));
        }

        new SyntaxWalker(copy).Visit(root);
    }

    private void Visit(SyntaxNode? node)
    {
        if (node is null || _active == 0)
        {
            return;
        }

        var watching = 0;
        for (var i = 0; i < _visitors.Length; i++)
        {
            if (_broken[i] || _skipping[i] is not null)
            {
                continue;
            }

            switch (_visitors[i].OnEnter(node, _path))
            {
                case VisitAction.Skip:
                    _skipping[i] = node;
                    break;
                case VisitAction.Break:
                    _broken[i] = true;
                    _active--;
                    break;
                default:
                    watching++;
                    break;
            }
        }

        if (watching > 0)
        {
            _path.Push(node);
            VisitChildren(node);
            _path.Pop();
        }

        for (var i = _visitors.Length - 1; i >= 0; i--)
        {
            if (_broken[i])
            {
                continue;
            }

            if (ReferenceEquals(_skipping[i], node))
            {
                _skipping[i] = null;
            }
            else if (_skipping[i] is null)
            {
                _visitors[i].OnLeave(node, _path);
            }
        }
    }

    private void VisitAll<TNode>(IReadOnlyList<TNode> nodes)
        where TNode : SyntaxNode
    {
        for (var i = 0; i < nodes.Count; i++)
        {
            Visit(nodes[i]);
        }
    }
}

using System.Collections;

namespace Actors.GraphQL.Language;

/// <summary>
/// The ancestors of the node a callback is looking at, from the root (index 0) to the parent (the last).
/// The node itself is not included. The walker reuses one path for the whole walk, so a callback that
/// wants to keep the ancestors must copy them (e.g. <c>path.ToArray()</c>).
/// </summary>
public sealed class SyntaxPath : IReadOnlyList<SyntaxNode>
{
    private readonly List<SyntaxNode> _nodes = [];

    /// <summary>How many ancestors: 0 at the root.</summary>
    public int Count => _nodes.Count;

    /// <summary>The ancestor at <paramref name="index"/>, 0 being the root.</summary>
    public SyntaxNode this[int index] => _nodes[index];

    /// <summary>The direct parent; null at the root.</summary>
    public SyntaxNode? Parent => _nodes.Count == 0 ? null : _nodes[^1];

    /// <summary>The closest ancestor that is a <typeparamref name="T"/>, or null.</summary>
    public T? Nearest<T>()
        where T : class
    {
        for (var i = _nodes.Count - 1; i >= 0; i--)
        {
            if (_nodes[i] is T match)
            {
                return match;
            }
        }

        return null;
    }

    /// <summary>A copy of the ancestors, root first.</summary>
    public SyntaxNode[] ToArray() => [.. _nodes];

    /// <inheritdoc/>
    public IEnumerator<SyntaxNode> GetEnumerator() => _nodes.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    internal void Push(SyntaxNode node) => _nodes.Add(node);

    internal void Pop() => _nodes.RemoveAt(_nodes.Count - 1);
}

using System.Collections;

namespace Actors.GraphQL.Execution;

/// <summary>
/// A position in the response: an immutable linked list of field keys and list indices, each node pointing
/// to its parent, so that going one level deeper costs one small node. It reads as the flat path
/// (<see cref="IReadOnlyList{T}"/> of string keys and int indices) only when asked: by an error, or by a
/// resolver through <see cref="ResolverContext.Path"/>.
/// </summary>
internal sealed class ResponsePath : IReadOnlyList<object>
{
    private readonly string? _key;
    private readonly int _index;

    public ResponsePath(ResponsePath? previous, string key)
    {
        Previous = previous;
        _key = key;
        Count = (previous?.Count ?? 0) + 1;
    }

    public ResponsePath(ResponsePath? previous, int index)
    {
        Previous = previous;
        _index = index;
        Count = (previous?.Count ?? 0) + 1;
    }

    public ResponsePath? Previous { get; }

    /// <summary>The last segment: a field key (string) or a list index (int).</summary>
    public object Segment => _key ?? (object)_index;

    /// <summary>The number of segments.</summary>
    public int Count { get; }

    public object this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            var node = this;
            for (var depth = Count - 1; depth > index; depth--)
            {
                node = node.Previous!;
            }

            return node.Segment;
        }
    }

    /// <summary>The path flattened, root first.</summary>
    public object[] ToArray()
    {
        var segments = new object[Count];
        for (var node = this; node is not null; node = node.Previous)
        {
            segments[node.Count - 1] = node.Segment;
        }

        return segments;
    }

    public IEnumerator<object> GetEnumerator() => ((IEnumerable<object>)ToArray()).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => string.Join('.', ToArray());
}

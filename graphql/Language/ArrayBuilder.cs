using System.Buffers;

namespace Actors.GraphQL.Language;

/// <summary>
/// Collects the items of one list of the syntax tree in a pooled buffer and hands back an exact-size
/// array, so a list costs one allocation. A builder abandoned by an exception simply leaves its buffer
/// to the garbage collector.
/// </summary>
internal struct ArrayBuilder<T>
{
    private T[]? _items;
    private int _count;

    public readonly int Count => _count;

    public void Add(T item)
    {
        if (_items is null)
        {
            _items = ArrayPool<T>.Shared.Rent(8);
        }
        else if (_count == _items.Length)
        {
            var larger = ArrayPool<T>.Shared.Rent(_items.Length * 2);
            Array.Copy(_items, larger, _count);
            ArrayPool<T>.Shared.Return(_items, clearArray: true);
            _items = larger;
        }

        _items[_count++] = item;
    }

    /// <summary>The items as an array (the shared empty array when there are none); the builder is reset.</summary>
    public T[] ToArray()
    {
        if (_items is null || _count == 0)
        {
            return [];
        }

        var result = new T[_count];
        Array.Copy(_items, result, _count);
        ArrayPool<T>.Shared.Return(_items, clearArray: true);
        _items = null;
        _count = 0;
        return result;
    }
}

using System.Buffers;

namespace Actors.GraphQL.Execution;

/// <summary>
/// The objects of one execution level: every object whose value is known and whose fields run together, so that the
/// DataLoaders they use batch (see <see cref="OperationExecutor"/>). A level of a large response holds hundreds of objects;
/// its array is rented from the pool and returned by <see cref="Dispose"/>, instead of growing a new list per level.
/// </summary>
internal sealed class ExecutionLevel : IDisposable
{
    private const int FirstRentedLength = 16;
    private ResultMap[] _objects = [];

    public int Count { get; private set; }

    public ResultMap this[int index] => _objects[index];

    public void Add(ResultMap target)
    {
        if (Count == _objects.Length)
        {
            var larger = ArrayPool<ResultMap>.Shared.Rent(Math.Max(FirstRentedLength, _objects.Length * 2));
            _objects.AsSpan(0, Count).CopyTo(larger);
            ReturnRented();
            _objects = larger;
        }

        _objects[Count++] = target;
    }

    /// <summary>Empties the level to fill it again; the objects it held are overwritten, or cleared when the array is returned.</summary>
    public void Clear() => Count = 0;

    public void Dispose()
    {
        ReturnRented();
        _objects = [];
        Count = 0;
    }

    private void ReturnRented()
    {
        if (_objects.Length > 0)
        {
            ArrayPool<ResultMap>.Shared.Return(_objects, clearArray: true);
        }
    }
}

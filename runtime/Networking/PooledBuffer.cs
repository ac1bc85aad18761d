using System.Buffers;

namespace Actors.Runtime.Networking;

/// <summary>
/// A growable byte buffer over arrays from <see cref="ArrayPool{T}.Shared"/>: something serialized now and written to
/// a connection later (an answer, serialized on the grain's turn). <see cref="Release"/> gives the array back.
/// </summary>
internal sealed class PooledBuffer(int initialCapacity = 256) : IBufferWriter<byte>
{
    private byte[] _array = ArrayPool<byte>.Shared.Rent(Math.Max(initialCapacity, 16));
    private bool _released;
    private int _written;

    public ReadOnlySpan<byte> WrittenSpan => _array.AsSpan(0, _written);

    public void Advance(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, _array.Length - _written);
        _written += count;
    }

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return _array.AsMemory(_written);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return _array.AsSpan(_written);
    }

    /// <summary>Returns the array to the pool; the buffer is empty and unusable afterwards.</summary>
    public void Release()
    {
        if (_released)
        {
            return;
        }

        _released = true;
        var array = _array;
        _array = [];
        _written = 0;
        ArrayPool<byte>.Shared.Return(array);
    }

    private void Reserve(int sizeHint)
    {
        ObjectDisposedException.ThrowIf(_released, this);
        sizeHint = Math.Max(sizeHint, 1);
        if (_array.Length - _written >= sizeHint)
        {
            return;
        }

        var larger = ArrayPool<byte>.Shared.Rent(Math.Max(_array.Length * 2, _written + sizeHint));
        _array.AsSpan(0, _written).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(_array);
        _array = larger;
    }
}

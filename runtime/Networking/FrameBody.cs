using System.Buffers;

namespace Actors.Runtime.Networking;

/// <summary>A frame's body as one span: the received bytes themselves when they are in one segment, else a pooled copy returned on dispose.</summary>
internal ref struct FrameBody
{
    private byte[]? _rented;

    public ReadOnlySpan<byte> Span { get; private set; }

    public static FrameBody Of(ReadOnlySequence<byte> body)
    {
        if (body.IsSingleSegment)
        {
            return new FrameBody { Span = body.FirstSpan };
        }

        var length = checked((int)body.Length);
        var rented = ArrayPool<byte>.Shared.Rent(length);
        body.CopyTo(rented);
        return new FrameBody { _rented = rented, Span = rented.AsSpan(0, length) };
    }

    public void Dispose()
    {
        if (_rented is { } rented)
        {
            _rented = null;
            ArrayPool<byte>.Shared.Return(rented);
        }
    }
}

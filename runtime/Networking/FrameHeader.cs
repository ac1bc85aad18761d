using System.Buffers.Binary;

namespace Actors.Runtime.Networking;

/// <summary>
/// The frame header: a 4-byte little-endian unsigned length N, then N bytes (1 kind byte and N-1 body bytes).
/// </summary>
internal static class FrameHeader
{
    /// <summary>The length prefix's size in bytes.</summary>
    public const int Size = 4;

    /// <summary>The length prefix plus the kind byte: what precedes a body.</summary>
    public const int SizeWithKind = Size + 1;

    /// <summary>Writes the length prefix of a frame of <paramref name="length"/> bytes and its kind byte.</summary>
    public static void Write(Span<byte> destination, int length, byte kind)
    {
        BinaryPrimitives.WriteUInt32LittleEndian(destination, (uint)length);
        destination[Size] = kind;
    }

    /// <summary>Whether a received length prefix is allowed: the kind byte at least, and at most the limit.</summary>
    public static bool IsValidLength(uint length, int maxFrameBytes) => length >= 1 && length <= (uint)maxFrameBytes;

    /// <summary>The error that ends a connection whose peer announced a frame length out of range.</summary>
    public static InvalidDataException LengthOutOfRange(uint length, int maxFrameBytes) =>
        new($"A frame announced a length of {length} bytes; a frame must be 1 to {maxFrameBytes} bytes " +
            $"(its kind byte plus its body; MaxFrameBytes is {maxFrameBytes}).");
}

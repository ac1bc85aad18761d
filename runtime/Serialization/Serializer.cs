using System.Buffers;

namespace Actors.Runtime.Serialization;

/// <summary>
/// Entry points of the binary serializer: the version-tolerant wire format used between silos, and
/// deep copies of mutable call arguments. Works for built-in types and every
/// <see cref="GenerateSerializerAttribute"/> type; other types throw <see cref="CodecNotFoundException"/>.
/// </summary>
/// <remarks>
/// A value is written as field 0 of the wire format (see <see cref="WireType"/>). Object identity is not
/// preserved: a value reachable twice is written (and copied) twice, and a cycle fails with an
/// <see cref="InvalidOperationException"/> once nesting passes <see cref="MaxDepth"/>.
/// </remarks>
public static class Serializer
{
    /// <summary>The deepest nesting of objects and collections that is written, read or copied.</summary>
    public const int MaxDepth = 256;

    private const int MaxCachedBufferBytes = 64 * 1024;

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? _cachedBuffer;

    /// <summary>Writes <paramref name="value"/> to <paramref name="output"/>.</summary>
    /// <remarks>
    /// Bytes are handed to <paramref name="output"/> as buffers fill, so when writing fails (a value
    /// without a codec, a cycle) part of the value may already be in it: frame a message only after
    /// this returns, or serialize into a buffer of its own first.
    /// </remarks>
    public static void Serialize<T>(T value, IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var writer = new Writer(output);
        Codec<T>.Instance.Write(ref writer, 0, value);
        writer.Commit();
    }

    /// <summary>Writes <paramref name="value"/> into a new array.</summary>
    public static byte[] SerializeToArray<T>(T value)
    {
        var buffer = _cachedBuffer ?? new ArrayBufferWriter<byte>();
        _cachedBuffer = null;
        try
        {
            Serialize(value, buffer);
            return buffer.WrittenSpan.ToArray();
        }
        finally
        {
            if (buffer.Capacity <= MaxCachedBufferBytes)
            {
                buffer.ResetWrittenCount();
                _cachedBuffer = buffer;
            }
        }
    }

    /// <summary>Reads a value of <typeparamref name="T"/> that fills <paramref name="data"/> exactly.</summary>
    /// <exception cref="WireFormatException">The data is not one serialized value of a compatible type.</exception>
    public static T Deserialize<T>(ReadOnlySpan<byte> data)
    {
        var reader = new Reader(data);
        var field = reader.ReadFieldHeader();
        if (field.Id != 0 || field.WireType == WireType.Marker)
        {
            throw new WireFormatException($"A serialized value starts with field 0, not {field}.");
        }

        var value = Codec<T>.Instance.Read(ref reader, field);
        if (reader.Remaining != 0)
        {
            throw new WireFormatException($"{reader.Remaining} bytes follow the serialized value.");
        }

        return value;
    }

    /// <inheritdoc cref="Deserialize{T}(ReadOnlySpan{byte})"/>
    public static T Deserialize<T>(ReadOnlySequence<byte> data)
    {
        if (data.IsSingleSegment)
        {
            return Deserialize<T>(data.FirstSpan);
        }

        var length = checked((int)data.Length);
        var rented = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            data.CopyTo(rented);
            return Deserialize<T>(rented.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>
    /// Returns a copy of <paramref name="value"/> that shares no mutable state with it, or the value
    /// itself when <typeparamref name="T"/> is immutable (see <see cref="IsImmutable{T}"/>).
    /// </summary>
    public static T DeepCopy<T>(T value)
    {
        var context = default(CopyContext);
        return Codec<T>.DeepCopy(value, ref context);
    }

    /// <summary>
    /// True when values of <typeparamref name="T"/> never change after construction, so they may be
    /// shared instead of copied: primitives, strings, enums, Guid, time types, decimal,
    /// <see cref="ImmutableAttribute"/> types, sealed generated types whose members are read-only and
    /// immutable, and generated structs whose members are immutable. Computed once per type.
    /// </summary>
    public static bool IsImmutable<T>() => ImmutableType<T>.IsImmutable;

    internal static InvalidOperationException TooDeep(Type valueType) =>
        new($"Objects are nested more than {MaxDepth} levels deep at a value of type '{valueType.FullName}'. " +
            "The serializer does not follow references: a cycle (an object that refers back to itself) " +
            "cannot be serialized or copied.");
}

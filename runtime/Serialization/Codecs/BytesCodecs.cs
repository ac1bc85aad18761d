namespace Actors.Runtime.Serialization.Codecs;

/// <summary>byte[] as length-prefixed bytes; null as a null field. Copies are new arrays.</summary>
internal sealed class ByteArrayCodec : IFieldCodec<byte[]>
{
    public bool IsImmutable => false;

    public void Write(ref Writer writer, uint fieldId, byte[] value)
    {
        if (value is null)
        {
            writer.WriteNull(fieldId);
            return;
        }

        writer.WriteFieldHeader(fieldId, WireType.LengthPrefixed);
        writer.WriteLengthPrefixed(value);
    }

    public byte[] Read(ref Reader reader, Field field)
    {
        if (field.IsNull)
        {
            return null!;
        }

        field.Expect(WireType.LengthPrefixed, typeof(byte[]));
        return reader.ReadLengthPrefixed().ToArray();
    }

    public byte[] DeepCopy(byte[] value, ref CopyContext context) => value is null ? value! : value.AsSpan().ToArray();
}

/// <summary>
/// ReadOnlyMemory&lt;byte&gt; as length-prefixed bytes. A value read or copied owns a new array, never a
/// view into the payload or the original.
/// </summary>
internal sealed class ReadOnlyMemoryCodec : IFieldCodec<ReadOnlyMemory<byte>>
{
    public bool IsImmutable => false;

    public void Write(ref Writer writer, uint fieldId, ReadOnlyMemory<byte> value)
    {
        writer.WriteFieldHeader(fieldId, WireType.LengthPrefixed);
        writer.WriteLengthPrefixed(value.Span);
    }

    public ReadOnlyMemory<byte> Read(ref Reader reader, Field field)
    {
        field.Expect(WireType.LengthPrefixed, typeof(ReadOnlyMemory<byte>));
        return reader.ReadLengthPrefixed().ToArray();
    }

    public ReadOnlyMemory<byte> DeepCopy(ReadOnlyMemory<byte> value, ref CopyContext context) => value.ToArray();
}

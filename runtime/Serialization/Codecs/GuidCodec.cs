namespace Actors.Runtime.Serialization.Codecs;

/// <summary>Guid as its 16 bytes (in <see cref="Guid.TryWriteBytes(Span{byte})"/> order).</summary>
internal sealed class GuidCodec : IFieldCodec<Guid>
{
    private const int Size = 16;

    public bool IsImmutable => true;

    public void Write(ref Writer writer, uint fieldId, Guid value)
    {
        Span<byte> bytes = stackalloc byte[Size];
        value.TryWriteBytes(bytes);
        writer.WriteFieldHeader(fieldId, WireType.LengthPrefixed);
        writer.WriteLengthPrefixed(bytes);
    }

    public Guid Read(ref Reader reader, Field field)
    {
        field.Expect(WireType.LengthPrefixed, typeof(Guid));
        var bytes = reader.ReadLengthPrefixed();
        return bytes.Length == Size ? new Guid(bytes) : throw WireFormatException.OutOfRange(field, typeof(Guid));
    }

    public Guid DeepCopy(Guid value, ref CopyContext context) => value;
}

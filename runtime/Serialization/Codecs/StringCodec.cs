namespace Actors.Runtime.Serialization.Codecs;

/// <summary>string as length-prefixed UTF-8; null as a null field.</summary>
internal sealed class StringCodec : IFieldCodec<string>
{
    public bool IsImmutable => true;

    public void Write(ref Writer writer, uint fieldId, string value)
    {
        if (value is null)
        {
            writer.WriteNull(fieldId);
            return;
        }

        writer.WriteFieldHeader(fieldId, WireType.LengthPrefixed);
        writer.WriteString(value);
    }

    public string Read(ref Reader reader, Field field)
    {
        if (field.IsNull)
        {
            return null!;
        }

        field.Expect(WireType.LengthPrefixed, typeof(string));
        return reader.ReadString();
    }

    public string DeepCopy(string value, ref CopyContext context) => value;
}

namespace Actors.Runtime.Serialization;

/// <summary>
/// Writes, reads and copies values whose runtime type differs from the declared type of the member
/// that holds them: the runtime type's codec is found in <see cref="CodecRegistry"/> and its name is
/// written before its fields.
/// </summary>
internal static class Polymorphism
{
    public static void Write(ref Writer writer, uint fieldId, object value)
    {
        var codec = CodecRegistry.FindObjectCodec(value.GetType())
            ?? throw CodecNotFoundException.ForType(value.GetType());
        writer.WriteStartTypedObject(fieldId, codec.Utf8TypeName, codec.Type);
        codec.WriteObjectFields(ref writer, value);
        writer.WriteEndObject();
    }

    /// <summary>Reads a typed object after its header: the type name, then the fields.</summary>
    public static T Read<T>(ref Reader reader)
    {
        var codec = CodecRegistry.FindObjectCodec(reader.ReadLengthPrefixed(), out var typeName)
            ?? throw CodecNotFoundException.ForTypeName(typeName);
        reader.EnterObject();
        var value = codec.ReadObjectFields(ref reader);
        reader.ExitObject();
        return value is T typed
            ? typed
            : throw new WireFormatException(
                $"The payload holds a value of type '{codec.TypeName}', which is not a {typeof(T).FullName}.");
    }

    public static object DeepCopy(object value, ref CopyContext context)
    {
        var codec = CodecRegistry.FindObjectCodec(value.GetType())
            ?? throw CodecNotFoundException.ForType(value.GetType());
        return codec.DeepCopyObject(value, ref context);
    }
}

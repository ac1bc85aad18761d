namespace Actors.Runtime.Serialization.Codecs;

/// <summary>
/// The layout shared by collection codecs: a nested object whose field 0 is the item count, followed
/// by one field per item (id 1), or per entry a key (id 1) and a value (id 2).
/// </summary>
internal static class Sequence
{
    public const uint ItemField = 1;
    public const uint KeyField = 1;
    public const uint ValueField = 2;

    private const uint CountField = 0;

    public static void WriteStart(ref Writer writer, uint fieldId, int count, Type collectionType)
    {
        writer.WriteStartObject(fieldId, collectionType);
        writer.WriteFieldHeader(CountField, WireType.VarInt);
        writer.WriteVarUInt64((ulong)count);
    }

    /// <summary>Enters the collection's object and returns its item count.</summary>
    public static int ReadStart(ref Reader reader, Field field, Type collectionType)
    {
        field.Expect(WireType.StartObject, collectionType);
        reader.EnterObject();
        var countField = reader.ReadFieldHeader();
        if (countField.Id != CountField || countField.WireType != WireType.VarInt)
        {
            throw new WireFormatException(
                $"A {collectionType.FullName} starts with its item count, not {countField}.");
        }

        // Every item takes at least one byte, which bounds what a hostile count can make us allocate.
        var count = reader.ReadVarUInt64();
        return count <= (ulong)reader.Remaining
            ? (int)count
            : throw new WireFormatException(
                $"A {collectionType.FullName} claims {count} items but only {reader.Remaining} bytes follow.");
    }

    /// <summary>
    /// Reads the next field of the collection, or returns false (leaving the object) at its end.
    /// </summary>
    public static bool Next(ref Reader reader, out Field field)
    {
        field = reader.ReadFieldHeader();
        if (field.IsEndObject)
        {
            reader.ExitObject();
            return false;
        }

        return true;
    }

    public static void CheckCount(int read, int count, Type collectionType)
    {
        if (read != count)
        {
            throw new WireFormatException(
                $"A {collectionType.FullName} claims {count} items but holds {read}.");
        }
    }

    public static WireFormatException TooManyItems(int count, Type collectionType) =>
        new($"A {collectionType.FullName} claims {count} items but holds more.");
}

namespace Actors.Runtime.Serialization.Codecs;

/// <summary>
/// Dictionary&lt;TKey, TValue&gt; in the <see cref="Sequence"/> layout, each entry a key field then a
/// value field; null as a null field. A dictionary read from the wire uses the default comparer; a
/// copy keeps the original's comparer.
/// </summary>
internal sealed class DictionaryCodec<TKey, TValue> : IFieldCodec<Dictionary<TKey, TValue>>
    where TKey : notnull
{
    public bool IsImmutable => false;

    public void Write(ref Writer writer, uint fieldId, Dictionary<TKey, TValue> value)
    {
        if (value is null)
        {
            writer.WriteNull(fieldId);
            return;
        }

        Sequence.WriteStart(ref writer, fieldId, value.Count, typeof(Dictionary<TKey, TValue>));
        foreach (var entry in value)
        {
            WriteEntry(ref writer, entry);
        }

        writer.WriteEndObject();
    }

    public Dictionary<TKey, TValue> Read(ref Reader reader, Field field) =>
        field.IsNull ? null! : ReadEntries(ref reader, field, typeof(Dictionary<TKey, TValue>));

    public Dictionary<TKey, TValue> DeepCopy(Dictionary<TKey, TValue> value, ref CopyContext context)
    {
        if (value is null)
        {
            return null!;
        }

        if (Serializer.IsImmutable<TKey>() && Serializer.IsImmutable<TValue>())
        {
            return new Dictionary<TKey, TValue>(value, value.Comparer);
        }

        context.Enter(typeof(Dictionary<TKey, TValue>));
        var copy = new Dictionary<TKey, TValue>(value.Count, value.Comparer);
        foreach (var entry in value)
        {
            copy.Add(
                Codec<TKey>.DeepCopy(entry.Key, ref context),
                Codec<TValue>.DeepCopy(entry.Value, ref context));
        }

        context.Exit();
        return copy;
    }

    /// <summary>Writes one entry as a key field and a value field.</summary>
    public static void WriteEntry(ref Writer writer, KeyValuePair<TKey, TValue> entry)
    {
        Codec<TKey>.Instance.Write(ref writer, Sequence.KeyField, entry.Key);
        Codec<TValue>.Instance.Write(ref writer, Sequence.ValueField, entry.Value);
    }

    /// <summary>Reads a sequence of entries into a new dictionary.</summary>
    public static Dictionary<TKey, TValue> ReadEntries(ref Reader reader, Field field, Type collectionType)
    {
        var count = Sequence.ReadStart(ref reader, field, collectionType);
        var dictionary = new Dictionary<TKey, TValue>(count);
        TKey? key = default;
        var hasKey = false;
        var read = 0;
        while (Sequence.Next(ref reader, out var entryField))
        {
            if (entryField.Id == Sequence.KeyField && !hasKey)
            {
                key = Codec<TKey>.Instance.Read(ref reader, entryField);
                hasKey = true;
            }
            else if (entryField.Id == Sequence.ValueField && hasKey)
            {
                var value = Codec<TValue>.Instance.Read(ref reader, entryField);
                if (key is null || read == count || !dictionary.TryAdd(key, value))
                {
                    throw new WireFormatException(
                        $"A {collectionType.FullName} holds a null or repeated key, or more entries than it claims.");
                }

                hasKey = false;
                read++;
            }
            else if (entryField.Id > Sequence.ValueField)
            {
                reader.SkipField(entryField);
            }
            else
            {
                throw new WireFormatException($"A {collectionType.FullName} holds {entryField} out of place.");
            }
        }

        Sequence.CheckCount(read, count, collectionType);
        return dictionary;
    }
}

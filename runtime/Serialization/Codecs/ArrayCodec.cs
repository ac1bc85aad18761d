namespace Actors.Runtime.Serialization.Codecs;

/// <summary>T[] in the <see cref="Sequence"/> layout; null as a null field.</summary>
internal sealed class ArrayCodec<T> : IFieldCodec<T[]>
{
    public bool IsImmutable => false;

    public void Write(ref Writer writer, uint fieldId, T[] value)
    {
        if (value is null)
        {
            writer.WriteNull(fieldId);
            return;
        }

        WriteItems(ref writer, fieldId, value, typeof(T[]));
    }

    public T[] Read(ref Reader reader, Field field) => field.IsNull ? null! : ReadItems(ref reader, field, typeof(T[]));

    public T[] DeepCopy(T[] value, ref CopyContext context) => value is null ? value! : CopyItems(value, ref context);

    /// <summary>Writes a span of items as a sequence (shared by the array-backed collection codecs).</summary>
    public static void WriteItems(ref Writer writer, uint fieldId, ReadOnlySpan<T> items, Type collectionType)
    {
        Sequence.WriteStart(ref writer, fieldId, items.Length, collectionType);
        var codec = Codec<T>.Instance;
        foreach (var item in items)
        {
            codec.Write(ref writer, Sequence.ItemField, item);
        }

        writer.WriteEndObject();
    }

    /// <summary>Reads a sequence into a new array.</summary>
    public static T[] ReadItems(ref Reader reader, Field field, Type collectionType)
    {
        var count = Sequence.ReadStart(ref reader, field, collectionType);
        var items = count == 0 ? [] : new T[count];
        var codec = Codec<T>.Instance;
        var read = 0;
        while (Sequence.Next(ref reader, out var item))
        {
            if (item.Id != Sequence.ItemField)
            {
                reader.SkipField(item);
                continue;
            }

            if (read == count)
            {
                throw Sequence.TooManyItems(count, collectionType);
            }

            items[read++] = codec.Read(ref reader, item);
        }

        Sequence.CheckCount(read, count, collectionType);
        return items;
    }

    /// <summary>Copies items into a new array, deep-copying each unless the item type is immutable.</summary>
    public static T[] CopyItems(ReadOnlySpan<T> items, ref CopyContext context)
    {
        if (Serializer.IsImmutable<T>())
        {
            return items.ToArray();
        }

        context.Enter(typeof(T[]));
        var copy = new T[items.Length];
        for (var i = 0; i < items.Length; i++)
        {
            copy[i] = Codec<T>.Instance.DeepCopy(items[i], ref context);
        }

        context.Exit();
        return copy;
    }
}

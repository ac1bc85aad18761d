namespace Actors.Runtime.Serialization.Codecs;

/// <summary>
/// HashSet&lt;T&gt; in the <see cref="Sequence"/> layout; null as a null field. A set read from the wire
/// uses the default comparer; a copy keeps the original's comparer.
/// </summary>
internal sealed class HashSetCodec<T> : IFieldCodec<HashSet<T>>
{
    public bool IsImmutable => false;

    public void Write(ref Writer writer, uint fieldId, HashSet<T> value)
    {
        if (value is null)
        {
            writer.WriteNull(fieldId);
            return;
        }

        Sequence.WriteStart(ref writer, fieldId, value.Count, typeof(HashSet<T>));
        var codec = Codec<T>.Instance;
        foreach (var item in value)
        {
            codec.Write(ref writer, Sequence.ItemField, item);
        }

        writer.WriteEndObject();
    }

    public HashSet<T> Read(ref Reader reader, Field field)
    {
        if (field.IsNull)
        {
            return null!;
        }

        var count = Sequence.ReadStart(ref reader, field, typeof(HashSet<T>));
        var set = new HashSet<T>(count);
        var codec = Codec<T>.Instance;
        var read = 0;
        while (Sequence.Next(ref reader, out var item))
        {
            if (item.Id != Sequence.ItemField)
            {
                reader.SkipField(item);
                continue;
            }

            if (read++ == count)
            {
                throw Sequence.TooManyItems(count, typeof(HashSet<T>));
            }

            set.Add(codec.Read(ref reader, item));
        }

        Sequence.CheckCount(read, count, typeof(HashSet<T>));
        return set;
    }

    public HashSet<T> DeepCopy(HashSet<T> value, ref CopyContext context)
    {
        if (value is null)
        {
            return null!;
        }

        if (Serializer.IsImmutable<T>())
        {
            return new HashSet<T>(value, value.Comparer);
        }

        context.Enter(typeof(HashSet<T>));
        var copy = new HashSet<T>(value.Count, value.Comparer);
        foreach (var item in value)
        {
            copy.Add(Codec<T>.Instance.DeepCopy(item, ref context));
        }

        context.Exit();
        return copy;
    }
}

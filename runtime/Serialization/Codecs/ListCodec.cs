using System.Runtime.InteropServices;

namespace Actors.Runtime.Serialization.Codecs;

/// <summary>List&lt;T&gt; in the <see cref="Sequence"/> layout; null as a null field.</summary>
internal sealed class ListCodec<T> : IFieldCodec<List<T>>
{
    public bool IsImmutable => false;

    public void Write(ref Writer writer, uint fieldId, List<T> value)
    {
        if (value is null)
        {
            writer.WriteNull(fieldId);
            return;
        }

        ArrayCodec<T>.WriteItems(ref writer, fieldId, CollectionsMarshal.AsSpan(value), typeof(List<T>));
    }

    public List<T> Read(ref Reader reader, Field field)
    {
        if (field.IsNull)
        {
            return null!;
        }

        var count = Sequence.ReadStart(ref reader, field, typeof(List<T>));
        var list = new List<T>(count);
        var codec = Codec<T>.Instance;
        while (Sequence.Next(ref reader, out var item))
        {
            if (item.Id != Sequence.ItemField)
            {
                reader.SkipField(item);
            }
            else if (list.Count == count)
            {
                throw Sequence.TooManyItems(count, typeof(List<T>));
            }
            else
            {
                list.Add(codec.Read(ref reader, item));
            }
        }

        Sequence.CheckCount(list.Count, count, typeof(List<T>));
        return list;
    }

    public List<T> DeepCopy(List<T> value, ref CopyContext context)
    {
        if (value is null)
        {
            return null!;
        }

        if (Serializer.IsImmutable<T>())
        {
            return [.. value];
        }

        context.Enter(typeof(List<T>));
        var copy = new List<T>(value.Count);
        foreach (var item in value)
        {
            copy.Add(Codec<T>.Instance.DeepCopy(item, ref context));
        }

        context.Exit();
        return copy;
    }
}

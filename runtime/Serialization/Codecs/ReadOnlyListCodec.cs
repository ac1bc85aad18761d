namespace Actors.Runtime.Serialization.Codecs;

/// <summary>
/// IReadOnlyList&lt;T&gt; in the <see cref="Sequence"/> layout (the same bytes as T[] and List&lt;T&gt;);
/// read and copied as a T[].
/// </summary>
internal sealed class ReadOnlyListCodec<T> : IFieldCodec<IReadOnlyList<T>>
{
    public bool IsImmutable => false;

    public void Write(ref Writer writer, uint fieldId, IReadOnlyList<T> value)
    {
        switch (value)
        {
            case null:
                writer.WriteNull(fieldId);
                return;
            case T[] array:
                ArrayCodec<T>.WriteItems(ref writer, fieldId, array, typeof(IReadOnlyList<T>));
                return;
        }

        Sequence.WriteStart(ref writer, fieldId, value.Count, typeof(IReadOnlyList<T>));
        var codec = Codec<T>.Instance;
        for (var i = 0; i < value.Count; i++)
        {
            codec.Write(ref writer, Sequence.ItemField, value[i]);
        }

        writer.WriteEndObject();
    }

    public IReadOnlyList<T> Read(ref Reader reader, Field field) =>
        field.IsNull ? null! : ArrayCodec<T>.ReadItems(ref reader, field, typeof(IReadOnlyList<T>));

    public IReadOnlyList<T> DeepCopy(IReadOnlyList<T> value, ref CopyContext context)
    {
        switch (value)
        {
            case null:
                return null!;
            case T[] array:
                return ArrayCodec<T>.CopyItems(array, ref context);
        }

        var immutable = Serializer.IsImmutable<T>();
        context.Enter(typeof(IReadOnlyList<T>));
        var copy = new T[value.Count];
        for (var i = 0; i < copy.Length; i++)
        {
            copy[i] = immutable ? value[i] : Codec<T>.Instance.DeepCopy(value[i], ref context);
        }

        context.Exit();
        return copy;
    }
}

namespace Actors.Runtime.Serialization.Codecs;

/// <summary>
/// IReadOnlyDictionary&lt;TKey, TValue&gt; in the same layout as Dictionary&lt;TKey, TValue&gt;; read and
/// copied as a Dictionary (a copy of a Dictionary keeps its comparer).
/// </summary>
internal sealed class ReadOnlyDictionaryCodec<TKey, TValue> : IFieldCodec<IReadOnlyDictionary<TKey, TValue>>
    where TKey : notnull
{
    public bool IsImmutable => false;

    public void Write(ref Writer writer, uint fieldId, IReadOnlyDictionary<TKey, TValue> value)
    {
        switch (value)
        {
            case null:
                writer.WriteNull(fieldId);
                return;
            case Dictionary<TKey, TValue> dictionary:
                Codec<Dictionary<TKey, TValue>>.Instance.Write(ref writer, fieldId, dictionary);
                return;
        }

        Sequence.WriteStart(ref writer, fieldId, value.Count, typeof(IReadOnlyDictionary<TKey, TValue>));
        foreach (var entry in value)
        {
            DictionaryCodec<TKey, TValue>.WriteEntry(ref writer, entry);
        }

        writer.WriteEndObject();
    }

    public IReadOnlyDictionary<TKey, TValue> Read(ref Reader reader, Field field) =>
        field.IsNull
            ? null!
            : DictionaryCodec<TKey, TValue>.ReadEntries(ref reader, field, typeof(IReadOnlyDictionary<TKey, TValue>));

    public IReadOnlyDictionary<TKey, TValue> DeepCopy(IReadOnlyDictionary<TKey, TValue> value, ref CopyContext context)
    {
        switch (value)
        {
            case null:
                return null!;
            case Dictionary<TKey, TValue> dictionary:
                return Codec<Dictionary<TKey, TValue>>.Instance.DeepCopy(dictionary, ref context);
        }

        context.Enter(typeof(IReadOnlyDictionary<TKey, TValue>));
        var copy = new Dictionary<TKey, TValue>(value.Count);
        foreach (var entry in value)
        {
            copy.Add(
                Codec<TKey>.DeepCopy(entry.Key, ref context),
                Codec<TValue>.DeepCopy(entry.Value, ref context));
        }

        context.Exit();
        return copy;
    }
}

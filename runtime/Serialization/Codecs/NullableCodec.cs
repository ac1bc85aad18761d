namespace Actors.Runtime.Serialization.Codecs;

/// <summary>A nullable value type: the value's own encoding, or a null field.</summary>
internal sealed class NullableCodec<T> : IFieldCodec<T?>
    where T : struct
{
    public bool IsImmutable => Serializer.IsImmutable<T>();

    public void Write(ref Writer writer, uint fieldId, T? value)
    {
        if (value.HasValue)
        {
            Codec<T>.Instance.Write(ref writer, fieldId, value.GetValueOrDefault());
        }
        else
        {
            writer.WriteNull(fieldId);
        }
    }

    public T? Read(ref Reader reader, Field field) => field.IsNull ? null : Codec<T>.Instance.Read(ref reader, field);

    public T? DeepCopy(T? value, ref CopyContext context) =>
        value.HasValue ? Codec<T>.DeepCopy(value.GetValueOrDefault(), ref context) : null;
}

using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace Actors.Runtime.Serialization.Codecs;

/// <summary>
/// ImmutableArray&lt;T&gt; in the <see cref="Sequence"/> layout; the default (uninitialized) array as a
/// null field. Immutable, and so shared rather than copied, when its items are.
/// </summary>
internal sealed class ImmutableArrayCodec<T> : IFieldCodec<ImmutableArray<T>>
{
    public bool IsImmutable => Serializer.IsImmutable<T>();

    public void Write(ref Writer writer, uint fieldId, ImmutableArray<T> value)
    {
        if (value.IsDefault)
        {
            writer.WriteNull(fieldId);
            return;
        }

        ArrayCodec<T>.WriteItems(ref writer, fieldId, value.AsSpan(), typeof(ImmutableArray<T>));
    }

    public ImmutableArray<T> Read(ref Reader reader, Field field) =>
        field.IsNull
            ? default
            : ImmutableCollectionsMarshal.AsImmutableArray(ArrayCodec<T>.ReadItems(ref reader, field, typeof(ImmutableArray<T>)));

    public ImmutableArray<T> DeepCopy(ImmutableArray<T> value, ref CopyContext context) =>
        value.IsDefault || IsImmutable
            ? value
            : ImmutableCollectionsMarshal.AsImmutableArray(ArrayCodec<T>.CopyItems(value.AsSpan(), ref context));
}

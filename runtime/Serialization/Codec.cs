namespace Actors.Runtime.Serialization;

/// <summary>
/// The codec of <typeparamref name="T"/>, resolved once per type from <see cref="CodecRegistry"/> and
/// cached in a static field, so that generated code reaches its members' codecs without a lookup.
/// </summary>
public static class Codec<T>
{
    private static readonly IFieldCodec<T>? _resolved = CodecRegistry.Resolve<T>();

    /// <summary>The codec; throws <see cref="CodecNotFoundException"/> when the type has none.</summary>
    public static IFieldCodec<T> Instance => _resolved ?? throw CodecNotFoundException.ForType(typeof(T));

    /// <summary>The codec, or null when the type has none.</summary>
    internal static IFieldCodec<T>? Resolved => _resolved;

    /// <summary>
    /// Deep-copies a value, returning it as it is when <typeparamref name="T"/> is immutable
    /// (see <see cref="Serializer.IsImmutable{T}"/>).
    /// </summary>
    public static T DeepCopy(T value, ref CopyContext context) =>
        ImmutableType<T>.IsImmutable ? value : Instance.DeepCopy(value, ref context);
}

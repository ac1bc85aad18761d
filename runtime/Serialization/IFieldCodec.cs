namespace Actors.Runtime.Serialization;

/// <summary>
/// Writes, reads and deep-copies values of one declared type <typeparamref name="T"/>. Built-in codecs
/// cover primitives, strings, time types, Guid, byte arrays, enums, nullables and the common
/// collections; the source generator writes one for every <see cref="GenerateSerializerAttribute"/>
/// type. Obtain one through <see cref="Codec{T}.Instance"/>.
/// </summary>
public interface IFieldCodec<T>
{
    /// <summary>
    /// True when no value of the declared type can change after construction, so that a deep copy may
    /// return the value itself.
    /// </summary>
    bool IsImmutable { get; }

    /// <summary>Writes the field header for <paramref name="fieldId"/> followed by the value.</summary>
    void Write(ref Writer writer, uint fieldId, T value);

    /// <summary>Reads the value of a field whose header was just read.</summary>
    T Read(ref Reader reader, Field field);

    /// <summary>Returns a copy sharing no mutable state with <paramref name="value"/>.</summary>
    T DeepCopy(T value, ref CopyContext context);
}

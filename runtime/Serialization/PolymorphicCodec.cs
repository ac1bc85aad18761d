namespace Actors.Runtime.Serialization;

/// <summary>
/// The codec of a declared type that is not itself serialized — an interface, an abstract class,
/// <see cref="object"/> — whose values are instances of <see cref="GenerateSerializerAttribute"/> types:
/// every value is written with its type name.
/// </summary>
internal sealed class PolymorphicCodec<T> : IFieldCodec<T>
{
    public bool IsImmutable => false;

    public void Write(ref Writer writer, uint fieldId, T value)
    {
        if (value is null)
        {
            writer.WriteNull(fieldId);
        }
        else
        {
            Polymorphism.Write(ref writer, fieldId, value);
        }
    }

    public T Read(ref Reader reader, Field field) => field.WireType switch
    {
        WireType.Null => default!,
        WireType.StartTypedObject => Polymorphism.Read<T>(ref reader),
        _ => throw WireFormatException.UnexpectedWireType(field, WireType.StartTypedObject, typeof(T)),
    };

    public T DeepCopy(T value, ref CopyContext context) =>
        value is null ? value : (T)Polymorphism.DeepCopy(value, ref context);
}

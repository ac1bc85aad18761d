using System.Text;

namespace Actors.Runtime.Serialization;

/// <summary>
/// Base of the generated codec of a <see cref="GenerateSerializerAttribute"/> class or record. Handles
/// null, nesting and polymorphism: a value whose runtime type is a subclass of <typeparamref name="T"/>
/// is written with its type name by the subclass's own codec. Generated code supplies the fields.
/// </summary>
/// <remarks>
/// Hand-written codecs for types the generator cannot see may derive from this class too; register
/// them with <see cref="CodecRegistry.Register{T}(IFieldCodec{T})"/>.
/// </remarks>
public abstract class ClassCodec<T> : IFieldCodec<T>, IObjectCodec
    where T : class
{
    private readonly byte[] _utf8TypeName;

    /// <param name="typeName">The stable name written when the value travels polymorphically.</param>
    protected ClassCodec(string typeName)
    {
        TypeName = typeName;
        _utf8TypeName = Encoding.UTF8.GetBytes(typeName);
    }

    /// <summary>The stable name written when the value travels polymorphically.</summary>
    public string TypeName { get; }

    /// <inheritdoc />
    public virtual bool IsImmutable => false;

    Type IObjectCodec.Type => typeof(T);

    ReadOnlySpan<byte> IObjectCodec.Utf8TypeName => _utf8TypeName;

    /// <inheritdoc />
    public void Write(ref Writer writer, uint fieldId, T value)
    {
        if (value is null)
        {
            writer.WriteNull(fieldId);
        }
        else if (value.GetType() != typeof(T))
        {
            Polymorphism.Write(ref writer, fieldId, value);
        }
        else
        {
            writer.WriteStartObject(fieldId, typeof(T));
            WriteFields(ref writer, value);
            writer.WriteEndObject();
        }
    }

    /// <inheritdoc />
    public T Read(ref Reader reader, Field field)
    {
        switch (field.WireType)
        {
            case WireType.Null:
                return null!;
            case WireType.StartObject:
                reader.EnterObject();
                var value = ReadFields(ref reader);
                reader.ExitObject();
                return value;
            case WireType.StartTypedObject:
                return Polymorphism.Read<T>(ref reader);
            default:
                throw WireFormatException.UnexpectedWireType(field, typeof(T));
        }
    }

    /// <inheritdoc />
    public T DeepCopy(T value, ref CopyContext context)
    {
        if (value is null)
        {
            return null!;
        }

        if (value.GetType() != typeof(T))
        {
            return (T)Polymorphism.DeepCopy(value, ref context);
        }

        if (Serializer.IsImmutable<T>())
        {
            return value;
        }

        context.Enter(typeof(T));
        var copy = CopyFields(value, ref context);
        context.Exit();
        return copy;
    }

    void IObjectCodec.WriteObjectFields(ref Writer writer, object value) => WriteFields(ref writer, (T)value);

    object IObjectCodec.ReadObjectFields(ref Reader reader) => ReadFields(ref reader);

    object IObjectCodec.DeepCopyObject(object value, ref CopyContext context) => DeepCopy((T)value, ref context);

    /// <summary>Writes every level's fields, base levels first, each closed by an end-base marker.</summary>
    protected abstract void WriteFields(ref Writer writer, T value);

    /// <summary>Reads fields up to and including the end-object marker, skipping unknown ones.</summary>
    protected abstract T ReadFields(ref Reader reader);

    /// <summary>Builds a new instance from deep copies of the value's fields.</summary>
    protected abstract T CopyFields(T value, ref CopyContext context);
}

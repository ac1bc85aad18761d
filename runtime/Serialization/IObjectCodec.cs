namespace Actors.Runtime.Serialization;

/// <summary>
/// The untyped face of a generated codec, used when a value's runtime type differs from the declared
/// type of the member that holds it: the registry finds it by runtime type when writing and by type
/// name when reading.
/// </summary>
internal interface IObjectCodec
{
    /// <summary>The exact type this codec writes.</summary>
    Type Type { get; }

    /// <summary>The stable name written on the wire (the type's full name).</summary>
    string TypeName { get; }

    /// <summary><see cref="TypeName"/> in UTF-8, as written.</summary>
    ReadOnlySpan<byte> Utf8TypeName { get; }

    /// <summary>Writes the value's fields (no header, no end marker).</summary>
    void WriteObjectFields(ref Writer writer, object value);

    /// <summary>Reads the fields up to and including the end-object marker.</summary>
    object ReadObjectFields(ref Reader reader);

    /// <summary>Deep-copies a value of <see cref="Type"/>.</summary>
    object DeepCopyObject(object value, ref CopyContext context);
}

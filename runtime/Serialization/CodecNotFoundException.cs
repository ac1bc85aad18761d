namespace Actors.Runtime.Serialization;

/// <summary>
/// A value's type has no codec: it is neither a built-in type nor marked
/// <see cref="GenerateSerializerAttribute"/>, or a payload names a type this process does not know.
/// </summary>
public sealed class CodecNotFoundException : Exception
{
    public CodecNotFoundException(string message)
        : base(message)
    {
    }

    public CodecNotFoundException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    internal static CodecNotFoundException ForType(Type type) =>
        new($"No serializer is registered for type '{type.FullName}'. Mark it with [GenerateSerializer] and " +
            "the members to send with [Id(n)], and make sure its project references the " +
            "Actors.Runtime.CodeGen source generator.");

    internal static CodecNotFoundException ForTypeName(string typeName) =>
        new($"The payload holds a value of type '{typeName}', which has no serializer in this process. " +
            "Make sure the assembly that defines it is loaded and the type is marked [GenerateSerializer].");
}

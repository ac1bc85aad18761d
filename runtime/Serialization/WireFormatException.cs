namespace Actors.Runtime.Serialization;

/// <summary>
/// A payload could not be read: it is truncated, malformed, nested too deeply, or holds a value of a
/// different shape than the type it is read as.
/// </summary>
public sealed class WireFormatException : Exception
{
    public WireFormatException(string message)
        : base(message)
    {
    }

    public WireFormatException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    internal static WireFormatException Truncated() =>
        new("The payload ended in the middle of a value; it is truncated or not a serialized value.");

    internal static WireFormatException UnexpectedWireType(Field field, WireType expected, Type valueType) =>
        new($"Cannot read {field} as {valueType.FullName}: expected wire type {expected}.");

    internal static WireFormatException UnexpectedWireType(Field field, Type valueType) =>
        new($"Cannot read {field} as {valueType.FullName}: that wire type does not encode this type.");

    internal static WireFormatException OutOfRange(Field field, Type valueType) =>
        new($"The value of {field} does not fit in {valueType.FullName}.");
}

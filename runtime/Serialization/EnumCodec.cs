using System.Runtime.CompilerServices;

namespace Actors.Runtime.Serialization;

/// <summary>
/// An enum as a zigzag varint of its numeric value (undefined values included), without boxing.
/// Generated code registers one for each <see cref="GenerateSerializerAttribute"/> enum; other enums
/// get one on first use.
/// </summary>
public sealed class EnumCodec<T> : IFieldCodec<T>
    where T : struct, Enum
{
    private static readonly bool _isUnsigned = Type.GetTypeCode(Enum.GetUnderlyingType(typeof(T))) is
        TypeCode.Byte or TypeCode.UInt16 or TypeCode.UInt32 or TypeCode.UInt64;

    /// <inheritdoc />
    public bool IsImmutable => true;

    /// <inheritdoc />
    public void Write(ref Writer writer, uint fieldId, T value)
    {
        writer.WriteFieldHeader(fieldId, WireType.VarInt);
        writer.WriteVarInt64(ToInt64(value));
    }

    /// <inheritdoc />
    public T Read(ref Reader reader, Field field)
    {
        field.Expect(WireType.VarInt, typeof(T));
        var value = reader.ReadVarInt64();
        return FromInt64(value, out var result) ? result : throw WireFormatException.OutOfRange(field, typeof(T));
    }

    /// <inheritdoc />
    public T DeepCopy(T value, ref CopyContext context) => value;

    private static long ToInt64(T value) => Unsafe.SizeOf<T>() switch
    {
        1 => _isUnsigned ? Unsafe.As<T, byte>(ref value) : Unsafe.As<T, sbyte>(ref value),
        2 => _isUnsigned ? Unsafe.As<T, ushort>(ref value) : Unsafe.As<T, short>(ref value),
        4 => _isUnsigned ? Unsafe.As<T, uint>(ref value) : Unsafe.As<T, int>(ref value),
        _ => Unsafe.As<T, long>(ref value),
    };

    private static bool FromInt64(long value, out T result)
    {
        result = default;
        switch (Unsafe.SizeOf<T>())
        {
            case 1 when _isUnsigned ? value is >= byte.MinValue and <= byte.MaxValue : value is >= sbyte.MinValue and <= sbyte.MaxValue:
                Unsafe.As<T, byte>(ref result) = (byte)value;
                return true;
            case 2 when _isUnsigned ? value is >= ushort.MinValue and <= ushort.MaxValue : value is >= short.MinValue and <= short.MaxValue:
                Unsafe.As<T, ushort>(ref result) = (ushort)value;
                return true;
            case 4 when _isUnsigned ? value is >= uint.MinValue and <= uint.MaxValue : value is >= int.MinValue and <= int.MaxValue:
                Unsafe.As<T, uint>(ref result) = (uint)value;
                return true;
            case 8:
                Unsafe.As<T, long>(ref result) = value;
                return true;
            default:
                return false;
        }
    }
}

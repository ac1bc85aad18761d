using System.Numerics;

namespace Actors.Runtime.Serialization.Codecs;

/// <summary>
/// sbyte, short, int and long as zigzag varints: small magnitudes take one byte, and a member may widen
/// (int to long) between versions without breaking old payloads.
/// </summary>
internal sealed class SignedIntegerCodec<T> : IFieldCodec<T>
    where T : struct, IBinaryInteger<T>, ISignedNumber<T>, IMinMaxValue<T>
{
    private static readonly long _min = long.CreateTruncating(T.MinValue);
    private static readonly long _max = long.CreateTruncating(T.MaxValue);

    public bool IsImmutable => true;

    public void Write(ref Writer writer, uint fieldId, T value)
    {
        writer.WriteFieldHeader(fieldId, WireType.VarInt);
        writer.WriteVarInt64(long.CreateTruncating(value));
    }

    public T Read(ref Reader reader, Field field)
    {
        field.Expect(WireType.VarInt, typeof(T));
        var value = reader.ReadVarInt64();
        return value >= _min && value <= _max ? T.CreateTruncating(value) : throw WireFormatException.OutOfRange(field, typeof(T));
    }

    public T DeepCopy(T value, ref CopyContext context) => value;
}

/// <summary>byte, ushort, uint, ulong and char as plain varints; a member may widen between versions.</summary>
internal sealed class UnsignedIntegerCodec<T> : IFieldCodec<T>
    where T : struct, IBinaryInteger<T>, IUnsignedNumber<T>, IMinMaxValue<T>
{
    private static readonly ulong _max = ulong.CreateTruncating(T.MaxValue);

    public bool IsImmutable => true;

    public void Write(ref Writer writer, uint fieldId, T value)
    {
        writer.WriteFieldHeader(fieldId, WireType.VarInt);
        writer.WriteVarUInt64(ulong.CreateTruncating(value));
    }

    public T Read(ref Reader reader, Field field)
    {
        field.Expect(WireType.VarInt, typeof(T));
        var value = reader.ReadVarUInt64();
        return value <= _max ? T.CreateTruncating(value) : throw WireFormatException.OutOfRange(field, typeof(T));
    }

    public T DeepCopy(T value, ref CopyContext context) => value;
}

/// <summary>bool as a varint 0 or 1.</summary>
internal sealed class BooleanCodec : IFieldCodec<bool>
{
    public bool IsImmutable => true;

    public void Write(ref Writer writer, uint fieldId, bool value)
    {
        writer.WriteFieldHeader(fieldId, WireType.VarInt);
        writer.WriteVarUInt64(value ? 1UL : 0UL);
    }

    public bool Read(ref Reader reader, Field field)
    {
        field.Expect(WireType.VarInt, typeof(bool));
        return reader.ReadVarUInt64() != 0;
    }

    public bool DeepCopy(bool value, ref CopyContext context) => value;
}

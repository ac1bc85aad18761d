using System.Buffers.Binary;

namespace Actors.Runtime.Serialization.Codecs;

/// <summary>float as four little-endian bytes (IEEE 754, so NaN payloads and -0 survive).</summary>
internal sealed class SingleCodec : IFieldCodec<float>
{
    public bool IsImmutable => true;

    public void Write(ref Writer writer, uint fieldId, float value)
    {
        writer.WriteFieldHeader(fieldId, WireType.Fixed32);
        writer.WriteFixed32(BitConverter.SingleToUInt32Bits(value));
    }

    public float Read(ref Reader reader, Field field)
    {
        field.Expect(WireType.Fixed32, typeof(float));
        return BitConverter.UInt32BitsToSingle(reader.ReadFixed32());
    }

    public float DeepCopy(float value, ref CopyContext context) => value;
}

/// <summary>double as eight little-endian bytes.</summary>
internal sealed class DoubleCodec : IFieldCodec<double>
{
    public bool IsImmutable => true;

    public void Write(ref Writer writer, uint fieldId, double value)
    {
        writer.WriteFieldHeader(fieldId, WireType.Fixed64);
        writer.WriteFixed64(BitConverter.DoubleToUInt64Bits(value));
    }

    public double Read(ref Reader reader, Field field)
    {
        field.Expect(WireType.Fixed64, typeof(double));
        return BitConverter.UInt64BitsToDouble(reader.ReadFixed64());
    }

    public double DeepCopy(double value, ref CopyContext context) => value;
}

/// <summary>decimal as its 16-byte representation (four little-endian int32 parts, scale and sign included).</summary>
internal sealed class DecimalCodec : IFieldCodec<decimal>
{
    private const int Size = 16;

    public bool IsImmutable => true;

    public void Write(ref Writer writer, uint fieldId, decimal value)
    {
        Span<int> parts = stackalloc int[4];
        decimal.GetBits(value, parts);
        Span<byte> bytes = stackalloc byte[Size];
        for (var i = 0; i < parts.Length; i++)
        {
            BinaryPrimitives.WriteInt32LittleEndian(bytes[(i * 4)..], parts[i]);
        }

        writer.WriteFieldHeader(fieldId, WireType.LengthPrefixed);
        writer.WriteLengthPrefixed(bytes);
    }

    public decimal Read(ref Reader reader, Field field)
    {
        field.Expect(WireType.LengthPrefixed, typeof(decimal));
        var bytes = reader.ReadLengthPrefixed();
        if (bytes.Length != Size)
        {
            throw WireFormatException.OutOfRange(field, typeof(decimal));
        }

        Span<int> parts = stackalloc int[4];
        for (var i = 0; i < parts.Length; i++)
        {
            parts[i] = BinaryPrimitives.ReadInt32LittleEndian(bytes[(i * 4)..]);
        }

        try
        {
            return new decimal(parts);
        }
        catch (ArgumentException exception)
        {
            throw new WireFormatException($"The value of {field} is not a valid decimal.", exception);
        }
    }

    public decimal DeepCopy(decimal value, ref CopyContext context) => value;
}

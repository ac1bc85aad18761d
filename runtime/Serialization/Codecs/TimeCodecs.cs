using System.Buffers.Binary;

namespace Actors.Runtime.Serialization.Codecs;

/// <summary>
/// DateTime as eight bytes of UTC ticks. Local times are converted to UTC; times of unspecified kind
/// are taken as UTC. Values are read back with <see cref="DateTimeKind.Utc"/>.
/// </summary>
internal sealed class DateTimeCodec : IFieldCodec<DateTime>
{
    public bool IsImmutable => true;

    public void Write(ref Writer writer, uint fieldId, DateTime value)
    {
        var utc = value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : value;
        writer.WriteFieldHeader(fieldId, WireType.Fixed64);
        writer.WriteFixed64((ulong)utc.Ticks);
    }

    public DateTime Read(ref Reader reader, Field field)
    {
        field.Expect(WireType.Fixed64, typeof(DateTime));
        var ticks = reader.ReadFixed64();
        return ticks <= (ulong)DateTime.MaxValue.Ticks
            ? new DateTime((long)ticks, DateTimeKind.Utc)
            : throw WireFormatException.OutOfRange(field, typeof(DateTime));
    }

    public DateTime DeepCopy(DateTime value, ref CopyContext context) => value;
}

/// <summary>DateTimeOffset as ten bytes: the clock time's ticks and the offset in minutes.</summary>
internal sealed class DateTimeOffsetCodec : IFieldCodec<DateTimeOffset>
{
    private const int Size = sizeof(long) + sizeof(short);

    public bool IsImmutable => true;

    public void Write(ref Writer writer, uint fieldId, DateTimeOffset value)
    {
        Span<byte> bytes = stackalloc byte[Size];
        BinaryPrimitives.WriteInt64LittleEndian(bytes, value.Ticks);
        BinaryPrimitives.WriteInt16LittleEndian(bytes[sizeof(long)..], (short)value.TotalOffsetMinutes);
        writer.WriteFieldHeader(fieldId, WireType.LengthPrefixed);
        writer.WriteLengthPrefixed(bytes);
    }

    public DateTimeOffset Read(ref Reader reader, Field field)
    {
        field.Expect(WireType.LengthPrefixed, typeof(DateTimeOffset));
        var bytes = reader.ReadLengthPrefixed();
        if (bytes.Length != Size)
        {
            throw WireFormatException.OutOfRange(field, typeof(DateTimeOffset));
        }

        try
        {
            return new DateTimeOffset(
                BinaryPrimitives.ReadInt64LittleEndian(bytes),
                TimeSpan.FromMinutes(BinaryPrimitives.ReadInt16LittleEndian(bytes[sizeof(long)..])));
        }
        catch (ArgumentException exception)
        {
            throw new WireFormatException($"The value of {field} is not a valid DateTimeOffset.", exception);
        }
    }

    public DateTimeOffset DeepCopy(DateTimeOffset value, ref CopyContext context) => value;
}

/// <summary>TimeSpan as a zigzag varint of ticks.</summary>
internal sealed class TimeSpanCodec : IFieldCodec<TimeSpan>
{
    public bool IsImmutable => true;

    public void Write(ref Writer writer, uint fieldId, TimeSpan value)
    {
        writer.WriteFieldHeader(fieldId, WireType.VarInt);
        writer.WriteVarInt64(value.Ticks);
    }

    public TimeSpan Read(ref Reader reader, Field field)
    {
        field.Expect(WireType.VarInt, typeof(TimeSpan));
        return new TimeSpan(reader.ReadVarInt64());
    }

    public TimeSpan DeepCopy(TimeSpan value, ref CopyContext context) => value;
}

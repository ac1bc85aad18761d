using System.Buffers.Binary;
using System.Text;

namespace Actors.Runtime.Serialization;

/// <summary>
/// Reads the tagged wire format written by <see cref="Writer"/> from a span. Codecs receive it by
/// reference; <see cref="SkipField"/> passes over any field, nested objects included, without knowing
/// its type, which is what makes payloads tolerant of added and removed members.
/// </summary>
public ref struct Reader
{
    private readonly ReadOnlySpan<byte> _data;
    private int _position;
    private int _depth;

    internal Reader(ReadOnlySpan<byte> data)
    {
        _data = data;
        _position = 0;
        _depth = 0;
    }

    /// <summary>Bytes not yet read.</summary>
    public readonly int Remaining => _data.Length - _position;

    /// <summary>Reads a field header (or marker).</summary>
    public Field ReadFieldHeader()
    {
        var header = ReadVarUInt64();
        var id = header >> 3;
        if (id > uint.MaxValue)
        {
            throw new WireFormatException($"A field header names id {id}, beyond the largest field id.");
        }

        return new Field((uint)id, (WireType)(header & 7));
    }

    /// <summary>Reads an unsigned base-128 varint.</summary>
    public ulong ReadVarUInt64()
    {
        ulong result = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            if (_position >= _data.Length)
            {
                throw WireFormatException.Truncated();
            }

            var next = _data[_position++];
            result |= (ulong)(next & 0x7F) << shift;
            if (next < 0x80)
            {
                return result;
            }
        }

        throw new WireFormatException("A varint is longer than ten bytes.");
    }

    /// <summary>Reads a zigzag-encoded signed varint.</summary>
    public long ReadVarInt64()
    {
        var raw = ReadVarUInt64();
        return (long)(raw >> 1) ^ -(long)(raw & 1);
    }

    /// <summary>Reads four little-endian bytes.</summary>
    public uint ReadFixed32() => BinaryPrimitives.ReadUInt32LittleEndian(Take(sizeof(uint)));

    /// <summary>Reads eight little-endian bytes.</summary>
    public ulong ReadFixed64() => BinaryPrimitives.ReadUInt64LittleEndian(Take(sizeof(ulong)));

    /// <summary>Reads a varint length and returns that many bytes (a view into the payload, not a copy).</summary>
    public ReadOnlySpan<byte> ReadLengthPrefixed()
    {
        var length = ReadVarUInt64();
        if (length > (ulong)Remaining)
        {
            throw WireFormatException.Truncated();
        }

        return Take((int)length);
    }

    /// <summary>Reads a length-prefixed UTF-8 string.</summary>
    public string ReadString() => Encoding.UTF8.GetString(ReadLengthPrefixed());

    /// <summary>
    /// Notes that a nested object was entered, failing when the nesting exceeds
    /// <see cref="Serializer.MaxDepth"/>. Pair with <see cref="ExitObject"/>.
    /// </summary>
    public void EnterObject()
    {
        if (++_depth > Serializer.MaxDepth)
        {
            throw new WireFormatException(
                $"The payload nests objects deeper than {Serializer.MaxDepth} levels.");
        }
    }

    /// <summary>Notes that the innermost nested object was read to its end-object marker.</summary>
    public void ExitObject() => _depth--;

    /// <summary>
    /// Skips the payload of a field just read by <see cref="ReadFieldHeader"/>, including a whole nested
    /// object with everything inside it.
    /// </summary>
    public void SkipField(Field field)
    {
        var open = 0;
        while (true)
        {
            switch (field.WireType)
            {
                case WireType.VarInt:
                    ReadVarUInt64();
                    break;
                case WireType.Fixed32:
                    Take(sizeof(uint));
                    break;
                case WireType.Fixed64:
                    Take(sizeof(ulong));
                    break;
                case WireType.LengthPrefixed:
                    ReadLengthPrefixed();
                    break;
                case WireType.StartTypedObject:
                    ReadLengthPrefixed();
                    open++;
                    break;
                case WireType.StartObject:
                    open++;
                    break;
                case WireType.Null:
                    break;
                case WireType.Marker when open > 0 && field.IsEndObject:
                    open--;
                    break;
                case WireType.Marker when open > 0 && field.IsEndBase:
                    break;
                default:
                    throw new WireFormatException($"Unexpected {field} where a field value was expected.");
            }

            if (open == 0)
            {
                return;
            }

            field = ReadFieldHeader();
        }
    }

    private ReadOnlySpan<byte> Take(int length)
    {
        if (length > Remaining)
        {
            throw WireFormatException.Truncated();
        }

        var span = _data.Slice(_position, length);
        _position += length;
        return span;
    }
}

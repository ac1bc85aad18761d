using System.Buffers;
using System.Buffers.Binary;
using System.Text;

namespace Actors.Runtime.Serialization;

/// <summary>
/// Writes the tagged wire format into an <see cref="IBufferWriter{T}"/>. Each field starts with a
/// varint header <c>(id &lt;&lt; 3) | wireType</c>; nested objects are closed by an end-object marker,
/// so a reader can skip any field without knowing its type. Obtained from <see cref="Serializer"/>;
/// codecs receive it by reference.
/// </summary>
public ref struct Writer
{
    private const int MaxVarIntLength = 10;

    private readonly IBufferWriter<byte> _output;
    private Span<byte> _buffer;
    private int _position;
    private int _depth;

    internal Writer(IBufferWriter<byte> output)
    {
        _output = output;
        _buffer = output.GetSpan();
        _position = 0;
        _depth = 0;
    }

    /// <summary>Writes a field header.</summary>
    public void WriteFieldHeader(uint fieldId, WireType wireType) =>
        WriteVarUInt64(((ulong)fieldId << 3) | (byte)wireType);

    /// <summary>Writes a field holding null.</summary>
    public void WriteNull(uint fieldId) => WriteFieldHeader(fieldId, WireType.Null);

    /// <summary>Opens a nested object of the declared type; close it with <see cref="WriteEndObject"/>.</summary>
    public void WriteStartObject(uint fieldId, Type valueType)
    {
        Enter(valueType);
        WriteFieldHeader(fieldId, WireType.StartObject);
    }

    /// <summary>
    /// Opens a nested object whose runtime type differs from the declared one, naming the type;
    /// close it with <see cref="WriteEndObject"/>.
    /// </summary>
    public void WriteStartTypedObject(uint fieldId, scoped ReadOnlySpan<byte> utf8TypeName, Type valueType)
    {
        Enter(valueType);
        WriteFieldHeader(fieldId, WireType.StartTypedObject);
        WriteLengthPrefixed(utf8TypeName);
    }

    /// <summary>Closes the innermost nested object.</summary>
    public void WriteEndObject()
    {
        _depth--;
        WriteFieldHeader(Field.EndObjectMarker, WireType.Marker);
    }

    /// <summary>Ends one inheritance level's fields; the next level's fields follow.</summary>
    public void WriteEndBase() => WriteFieldHeader(Field.EndBaseMarker, WireType.Marker);

    /// <summary>Writes an unsigned base-128 varint.</summary>
    public void WriteVarUInt64(ulong value)
    {
        Ensure(MaxVarIntLength);
        var buffer = _buffer;
        var position = _position;
        while (value >= 0x80)
        {
            buffer[position++] = (byte)(value | 0x80);
            value >>= 7;
        }

        buffer[position++] = (byte)value;
        _position = position;
    }

    /// <summary>Writes a signed integer as a zigzag-encoded varint (small magnitudes take few bytes).</summary>
    public void WriteVarInt64(long value) => WriteVarUInt64((ulong)((value << 1) ^ (value >> 63)));

    /// <summary>Writes four little-endian bytes.</summary>
    public void WriteFixed32(uint value)
    {
        Ensure(sizeof(uint));
        BinaryPrimitives.WriteUInt32LittleEndian(_buffer[_position..], value);
        _position += sizeof(uint);
    }

    /// <summary>Writes eight little-endian bytes.</summary>
    public void WriteFixed64(ulong value)
    {
        Ensure(sizeof(ulong));
        BinaryPrimitives.WriteUInt64LittleEndian(_buffer[_position..], value);
        _position += sizeof(ulong);
    }

    /// <summary>Writes a varint length followed by the bytes (the payload of a length-prefixed field).</summary>
    public void WriteLengthPrefixed(scoped ReadOnlySpan<byte> bytes)
    {
        WriteVarUInt64((ulong)bytes.Length);
        Ensure(bytes.Length);
        bytes.CopyTo(_buffer[_position..]);
        _position += bytes.Length;
    }

    /// <summary>Writes a string as a varint byte count followed by its UTF-8 bytes.</summary>
    public void WriteString(string value)
    {
        var length = Encoding.UTF8.GetByteCount(value);
        WriteVarUInt64((ulong)length);
        Ensure(length);
        _position += Encoding.UTF8.GetBytes(value, _buffer[_position..]);
    }

    /// <summary>Hands every buffered byte to the output.</summary>
    internal void Commit()
    {
        _output.Advance(_position);
        _position = 0;
        _buffer = default;
    }

    private void Enter(Type valueType)
    {
        if (++_depth > Serializer.MaxDepth)
        {
            throw Serializer.TooDeep(valueType);
        }
    }

    private void Ensure(int length)
    {
        if (_buffer.Length - _position < length)
        {
            _output.Advance(_position);
            _position = 0;
            _buffer = _output.GetSpan(length);
        }
    }
}

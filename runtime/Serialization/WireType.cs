namespace Actors.Runtime.Serialization;

/// <summary>
/// How a field's payload is laid out, kept in the low three bits of every field header so a reader can
/// skip a field it does not know without knowing its type.
/// </summary>
public enum WireType : byte
{
    /// <summary>A base-128 varint (integers, booleans, enums; signed values are zigzag-encoded).</summary>
    VarInt = 0,

    /// <summary>Four little-endian bytes (float).</summary>
    Fixed32 = 1,

    /// <summary>Eight little-endian bytes (double, DateTime ticks).</summary>
    Fixed64 = 2,

    /// <summary>A varint byte count followed by that many bytes (strings, byte arrays, Guid, decimal).</summary>
    LengthPrefixed = 3,

    /// <summary>A nested object of the declared type: fields follow until an end-object marker.</summary>
    StartObject = 4,

    /// <summary>
    /// A nested object of another type than the declared one: a length-prefixed UTF-8 type name, then
    /// fields until an end-object marker.
    /// </summary>
    StartTypedObject = 5,

    /// <summary>A null value; no payload.</summary>
    Null = 6,

    /// <summary>A marker with no payload: the field id tells which (end of object, end of a base level).</summary>
    Marker = 7,
}

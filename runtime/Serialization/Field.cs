namespace Actors.Runtime.Serialization;

/// <summary>
/// A field header as read from the wire: the field's id and its <see cref="WireType"/>. Markers (end of
/// an object, end of a base type's fields) are headers too, with <see cref="WireType.Marker"/>.
/// </summary>
public readonly record struct Field(uint Id, WireType WireType)
{
    internal const uint EndObjectMarker = 0;
    internal const uint EndBaseMarker = 1;

    /// <summary>True for the marker that closes a nested object.</summary>
    public bool IsEndObject => WireType == WireType.Marker && Id == EndObjectMarker;

    /// <summary>True for the marker that separates a base type's fields from the next level's.</summary>
    public bool IsEndBase => WireType == WireType.Marker && Id == EndBaseMarker;

    /// <summary>True when the field holds a null value.</summary>
    public bool IsNull => WireType == WireType.Null;

    /// <summary>Throws a <see cref="WireFormatException"/> unless the field has the given wire type.</summary>
    public void Expect(WireType expected, Type valueType)
    {
        if (WireType != expected)
        {
            throw WireFormatException.UnexpectedWireType(this, expected, valueType);
        }
    }

    public override string ToString() => $"field {Id} ({WireType})";
}

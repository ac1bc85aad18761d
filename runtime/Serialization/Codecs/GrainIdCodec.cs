namespace Actors.Runtime.Serialization.Codecs;

/// <summary>
/// <see cref="GrainId"/> as an object with its type (field 0) and key (field 1). Written by hand because
/// the runtime does not run the source generator on itself.
/// </summary>
internal sealed class GrainIdCodec() : StructCodec<GrainId>(typeof(GrainId).FullName!)
{
    private const uint TypeField = 0;
    private const uint KeyField = 1;

    public override bool IsImmutable => true;

    protected override void WriteFields(ref Writer writer, GrainId value)
    {
        Codec<string>.Instance.Write(ref writer, TypeField, value.Type);
        Codec<string>.Instance.Write(ref writer, KeyField, value.Key);
    }

    protected override GrainId ReadFields(ref Reader reader)
    {
        var type = string.Empty;
        var key = string.Empty;
        for (var field = reader.ReadFieldHeader(); !field.IsEndObject; field = reader.ReadFieldHeader())
        {
            if (field.WireType == WireType.Marker)
            {
                continue; // an end-base marker: GrainId has a single level
            }

            switch (field.Id)
            {
                case TypeField:
                    type = Codec<string>.Instance.Read(ref reader, field);
                    break;
                case KeyField:
                    key = Codec<string>.Instance.Read(ref reader, field);
                    break;
                default:
                    reader.SkipField(field);
                    break;
            }
        }

        return new GrainId(type, key);
    }

    protected override GrainId CopyFields(GrainId value, ref CopyContext context) => value;
}

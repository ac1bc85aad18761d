using System.Globalization;
using System.Text.Json;
using Actors.GraphQL.Language;

namespace Actors.GraphQL.Types.Scalars;

/// <summary>ID: an opaque identifier, serialized as a string; integers are accepted as input.</summary>
public sealed class IdType() : ScalarType("ID", "The `ID` scalar type represents a unique identifier, often used to refetch an object or as key for a cache. The ID type appears in a JSON response as a String; however, it is not intended to be human-readable. When expected as an input type, any string (such as `\"4\"`) or integer (such as `4`) input value will be accepted as an ID.")
{
    public override object Serialize(object value) => value switch
    {
        string s => s,
        int or long or short or uint or ulong => ((IFormattable)value).ToString(null, CultureInfo.InvariantCulture),
        Guid g => g.ToString("N"),
        _ => throw new CoercionException($"ID cannot represent value: {IntType.Describe(value)}"),
    };

    public override object ParseValue(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.Number when value.TryGetInt64(out var l) => l.ToString(CultureInfo.InvariantCulture),
        _ => throw new CoercionException($"ID cannot represent value: {value.GetRawText()}"),
    };

    public override object ParseLiteral(ValueNode literal) => literal switch
    {
        StringValueNode s => s.Value,
        IntValueNode i => i.Value,
        _ => throw new CoercionException($"ID cannot represent a non-string and non-integer value: {literal}"),
    };
}

using System.Globalization;
using System.Text.Json;
using Actors.GraphQL.Language;

namespace Actors.GraphQL.Types.Scalars;

/// <summary>Long: a signed 64-bit integer, written as a JSON number; as a literal, an Int literal in range (never a float or string).</summary>
public sealed class LongType() : ScalarType("Long", "A signed 64-bit integer.")
{
    public override object Serialize(object value) => value switch
    {
        long => value,
        int or short or byte or uint or sbyte or ushort => Convert.ToInt64(value, CultureInfo.InvariantCulture),
        ulong u when u <= long.MaxValue => (long)u,
        _ => throw new CoercionException($"Long cannot represent non-integer value: {IntType.Describe(value)}"),
    };

    public override object ParseValue(JsonElement value) =>
        value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var l)
            ? l
            : throw new CoercionException(value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var d) && d == Math.Floor(d)
                ? $"Long cannot represent a value outside the signed 64-bit range: {value.GetRawText()}"
                : $"Long cannot represent a non-integer value: {value.GetRawText()}");

    public override object ParseLiteral(ValueNode literal) => literal switch
    {
        IntValueNode node when long.TryParse(node.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l) => l,
        IntValueNode node => throw new CoercionException($"Long cannot represent a value outside the signed 64-bit range: {node.Value}"),
        _ => throw new CoercionException($"Long cannot represent a non-integer value: {literal}"),
    };
}

using System.Globalization;
using System.Text.Json;
using Actors.GraphQL.Language;

namespace Actors.GraphQL.Types.Scalars;

/// <summary>Int: a signed 32-bit integer.</summary>
public sealed class IntType() : ScalarType("Int", "The `Int` scalar type represents non-fractional signed whole numeric values. Int can represent values between -(2^31) and 2^31 - 1.")
{
    public override object Serialize(object value) => value switch
    {
        int => value,
        short or byte or sbyte or ushort => Convert.ToInt32(value, CultureInfo.InvariantCulture),
        long l when l is >= int.MinValue and <= int.MaxValue => (int)l,
        uint u when u <= int.MaxValue => (int)u,
        double d when d == Math.Floor(d) && d is >= int.MinValue and <= int.MaxValue => (int)d,
        bool b => b ? 1 : 0,
        _ => throw new CoercionException($"Int cannot represent non-integer value: {Describe(value)}"),
    };

    public override object ParseValue(JsonElement value) =>
        value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var i)
            ? i
            : throw new CoercionException(value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var d) && d == Math.Floor(d)
                ? $"Int cannot represent non 32-bit signed integer value: {value.GetRawText()}"
                : $"Int cannot represent non-integer value: {value.GetRawText()}");

    public override object ParseLiteral(ValueNode literal) => literal switch
    {
        IntValueNode node when int.TryParse(node.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i) => i,
        IntValueNode node => throw new CoercionException($"Int cannot represent non 32-bit signed integer value: {node.Value}"),
        _ => throw new CoercionException($"Int cannot represent non-integer value: {literal}"),
    };

    internal static string Describe(object value) => value switch
    {
        string s => JsonSerializer.Serialize(s),
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}

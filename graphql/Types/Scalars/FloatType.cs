using System.Globalization;
using System.Text.Json;
using Actors.GraphQL.Language;

namespace Actors.GraphQL.Types.Scalars;

/// <summary>Float: a double-precision finite number.</summary>
public sealed class FloatType() : ScalarType("Float", "The `Float` scalar type represents signed double-precision fractional values as specified by [IEEE 754](https://en.wikipedia.org/wiki/IEEE_floating_point).")
{
    public override object Serialize(object value)
    {
        if (value is double already && double.IsFinite(already))
        {
            return value;
        }

        var number = value switch
        {
            double d => d,
            float f => f,
            int or long or short or byte or uint or ulong or sbyte or ushort => Convert.ToDouble(value, CultureInfo.InvariantCulture),
            decimal m => (double)m,
            bool b => b ? 1 : 0,
            _ => throw new CoercionException($"Float cannot represent non numeric value: {IntType.Describe(value)}"),
        };
        return double.IsFinite(number) ? number : throw new CoercionException($"Float cannot represent non numeric value: {IntType.Describe(value)}");
    }

    public override object ParseValue(JsonElement value) =>
        value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var d) && double.IsFinite(d)
            ? d
            : throw new CoercionException($"Float cannot represent non numeric value: {value.GetRawText()}");

    public override object ParseLiteral(ValueNode literal)
    {
        var text = literal switch
        {
            IntValueNode node => node.Value,
            FloatValueNode node => node.Value,
            _ => null,
        };
        // As graphql-js: a literal too large for a double (1e400) reads as infinity rather than failing.
        return text is not null && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
            ? d
            : throw new CoercionException($"Float cannot represent non numeric value: {literal}");
    }
}

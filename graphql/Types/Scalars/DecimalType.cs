using System.Globalization;
using System.Text.Json;
using Actors.GraphQL.Language;

namespace Actors.GraphQL.Types.Scalars;

/// <summary>
/// Decimal: an exact decimal number (money), written as a string such as "1250.00" so that no client
/// parses it into a binary float. Input accepts the string form, and integer literals.
/// </summary>
public sealed class DecimalType() : ScalarType("Decimal", "An exact decimal number, as a string (e.g. \"1250.50\").")
{
    private const NumberStyles Style = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;

    public override object Serialize(object value) => value switch
    {
        decimal m => m.ToString(CultureInfo.InvariantCulture),
        int or long => ((IFormattable)value).ToString(null, CultureInfo.InvariantCulture),
        string s when decimal.TryParse(s, Style, CultureInfo.InvariantCulture, out var m) => m.ToString(CultureInfo.InvariantCulture),
        _ => throw new CoercionException($"Decimal cannot represent value: {IntType.Describe(value)}"),
    };

    public override object ParseValue(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String when decimal.TryParse(value.GetString(), Style, CultureInfo.InvariantCulture, out var m) => m,
        JsonValueKind.Number when value.TryGetDecimal(out var m) => m,
        _ => throw new CoercionException($"Decimal cannot represent value: {value.GetRawText()}; expected a decimal number as a string, e.g. \"1250.50\"."),
    };

    public override object ParseLiteral(ValueNode literal) => literal switch
    {
        StringValueNode s when decimal.TryParse(s.Value, Style, CultureInfo.InvariantCulture, out var m) => m,
        IntValueNode i when decimal.TryParse(i.Value, Style, CultureInfo.InvariantCulture, out var m) => m,
        FloatValueNode f when decimal.TryParse(f.Value, Style, CultureInfo.InvariantCulture, out var m) => m,
        _ => throw new CoercionException($"Decimal cannot represent value: {literal}; expected a decimal number as a string, e.g. \"1250.50\"."),
    };
}

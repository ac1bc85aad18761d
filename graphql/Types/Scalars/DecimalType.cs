using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Actors.GraphQL.Language;

namespace Actors.GraphQL.Types.Scalars;

/// <summary>
/// Decimal: an exact decimal number (money), written as a string such as "1250.00" so that no client
/// parses it into a binary float. Input is a string, integer or float whose text is a plain decimal
/// number, <c>-?digits[.digits]</c>: "12.50", 12, 12.5 and "007.50" are, 1e3, "twelve" and true are not.
/// </summary>
public sealed partial class DecimalType() : ScalarType("Decimal", "An exact decimal number, as a string (e.g. \"1250.50\").")
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
        JsonValueKind.String => Parse(value.GetString()!, JsonSerializer.Serialize(value.GetString())),
        JsonValueKind.Number => Parse(value.GetRawText(), value.GetRawText()),
        _ => throw new CoercionException($"Decimal cannot represent a non-numeric value: {value.GetRawText()}"),
    };

    public override object ParseLiteral(ValueNode literal) => literal switch
    {
        StringValueNode s => Parse(s.Value, literal.ToString()),
        IntValueNode i => Parse(i.Value, literal.ToString()),
        FloatValueNode f => Parse(f.Value, literal.ToString()),
        _ => throw new CoercionException($"Decimal cannot represent a non-numeric value: {literal}"),
    };

    private static decimal Parse(string text, string shown)
    {
        if (!Pattern().IsMatch(text))
        {
            throw new CoercionException($"Decimal cannot represent {shown}: expected a plain decimal number.");
        }

        // Digits beyond the 28 or so a decimal holds are rounded; a number too large for it is refused.
        return decimal.TryParse(text, Style, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw new CoercionException($"Decimal cannot represent {shown}: the number is too large.");
    }

    [GeneratedRegex(@"^-?[0-9]+(?:\.[0-9]+)?\z", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}

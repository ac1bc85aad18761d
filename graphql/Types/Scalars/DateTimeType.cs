using System.Globalization;
using System.Text.Json;
using Actors.GraphQL.Language;

namespace Actors.GraphQL.Types.Scalars;

/// <summary>DateTime: an instant, written in ISO-8601 UTC ("2026-11-22T09:30:00.000Z"); input must carry an offset.</summary>
public sealed class DateTimeType() : ScalarType("DateTime", "An instant in time, as an ISO-8601 string in UTC.", "https://scalars.graphql.org/andimarek/date-time")
{
    private const string Format = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

    public override object Serialize(object value) => value switch
    {
        DateTimeOffset o => o.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture),
        DateTime d when d.Kind != DateTimeKind.Unspecified => d.ToUniversalTime().ToString(Format, CultureInfo.InvariantCulture),
        _ => throw new CoercionException($"DateTime cannot represent value: {IntType.Describe(value)}"),
    };

    public override object ParseValue(JsonElement value) =>
        value.ValueKind == JsonValueKind.String ? Parse(value.GetString()!) : throw Invalid(value.GetRawText());

    public override object ParseLiteral(ValueNode literal) =>
        literal is StringValueNode node ? Parse(node.Value) : throw Invalid(literal.ToString());

    private static DateTimeOffset Parse(string text)
    {
        // An instant needs an explicit offset ("Z" or "+01:00"); a bare local time is refused.
        var hasOffset = text.EndsWith('Z') || text.EndsWith('z') || (text.Length > 6 && text[^6] is '+' or '-' && text[^3] == ':');
        return hasOffset && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant)
            ? instant.ToUniversalTime()
            : throw Invalid(JsonSerializer.Serialize(text));
    }

    private static CoercionException Invalid(string shown) =>
        new($"DateTime cannot represent value: {shown}; expected an ISO-8601 date-time with an offset, e.g. \"2026-11-22T09:30:00Z\".");
}

using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Actors.GraphQL.Language;

namespace Actors.GraphQL.Types.Scalars;

/// <summary>
/// DateTime: an instant, written in ISO-8601 UTC ("2026-11-22T09:30:00.000Z"). Input is a string
/// <c>YYYY-MM-DDTHH:MM:SS[.fraction](Z|+HH:MM|-HH:MM)</c> naming a real date and time: month 01–12, a day
/// that exists in that month, hour at most 23, minute and second at most 59, offset at most 23:59.
/// </summary>
public sealed partial class DateTimeType() : ScalarType("DateTime", "An instant in time, as an ISO-8601 string in UTC.")
{
    private const string Format = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

    public override object Serialize(object value) => value switch
    {
        DateTimeOffset o => o.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture),
        DateTime d when d.Kind != DateTimeKind.Unspecified => d.ToUniversalTime().ToString(Format, CultureInfo.InvariantCulture),
        _ => throw new CoercionException($"DateTime cannot represent value: {IntType.Describe(value)}"),
    };

    public override object ParseValue(JsonElement value) =>
        value.ValueKind != JsonValueKind.String
            ? throw new CoercionException($"DateTime cannot represent a non-string value: {value.GetRawText()}")
            : Parse(value.GetString()!, JsonSerializer.Serialize(value.GetString())) ?? throw Invalid(JsonSerializer.Serialize(value.GetString()));

    public override object ParseLiteral(ValueNode literal) =>
        literal is not StringValueNode node
            ? throw new CoercionException($"DateTime cannot represent a non-string value: {literal}")
            : Parse(node.Value, literal.ToString()) ?? throw Invalid(literal.ToString());

    /// <summary>
    /// The instant <paramref name="text"/> names, in UTC; null when it is not a real date and time in the
    /// accepted form. <paramref name="shown"/> is how the input appears in a message.
    /// </summary>
    private static DateTimeOffset? Parse(string text, string shown)
    {
        var match = Pattern().Match(text);
        if (!match.Success)
        {
            return null;
        }

        int Number(string group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);
        var (year, month, day) = (Number("year"), Number("month"), Number("day"));
        var (hour, minute, second) = (Number("hour"), Number("minute"), Number("second"));
        if (month is < 1 or > 12 || day < 1 || day > DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59)
        {
            return null;
        }

        var offset = TimeSpan.Zero;
        if (match.Groups["sign"].Success)
        {
            var (offsetHours, offsetMinutes) = (Number("offsetHours"), Number("offsetMinutes"));
            if (offsetHours > 23 || offsetMinutes > 59)
            {
                return null;
            }

            offset = new TimeSpan(offsetHours, offsetMinutes, 0);
            if (match.Groups["sign"].Value == "-")
            {
                offset = offset.Negate();
            }
        }

        // Digits beyond the 100 ns a DateTimeOffset holds are dropped.
        var fraction = match.Groups["fraction"].Value;
        var ticks = fraction.Length == 0 ? 0 : long.Parse(fraction.PadRight(7, '0')[..7], CultureInfo.InvariantCulture);

        // A real date and time, but one .NET cannot hold: year 0000, or an offset that crosses 0001-01-01 or 9999-12-31.
        var utcTicks = year < 1 ? -1 : new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified).Ticks + ticks - offset.Ticks;
        if (utcTicks < DateTime.MinValue.Ticks || utcTicks > DateTime.MaxValue.Ticks)
        {
            throw new CoercionException($"DateTime cannot represent {shown}: the instant is outside the years 0001 to 9999.");
        }

        // Offsets up to 23:59 are allowed, beyond the 14:00 a DateTimeOffset keeps, so the instant is kept in UTC.
        return new DateTimeOffset(utcTicks, TimeSpan.Zero);
    }

    private static int DaysInMonth(int year, int month)
    {
        var leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        return month == 2 ? (leap ? 29 : 28) : month is 4 or 6 or 9 or 11 ? 30 : 31;
    }

    private static CoercionException Invalid(string shown) => new($"DateTime cannot represent an invalid date-time string {shown}.");

    [GeneratedRegex(@"^(?<year>[0-9]{4})-(?<month>[0-9]{2})-(?<day>[0-9]{2})T(?<hour>[0-9]{2}):(?<minute>[0-9]{2}):(?<second>[0-9]{2})(?:\.(?<fraction>[0-9]+))?(?:Z|(?<sign>[+-])(?<offsetHours>[0-9]{2}):(?<offsetMinutes>[0-9]{2}))\z", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}

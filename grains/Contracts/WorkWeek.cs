using System.Globalization;

namespace Marketplace.Grains.Contracts;

/// <summary>The hourly contract's calendar: ISO weeks from Monday 00:00 UTC; invoices on Monday, automatic payment on the Friday after.</summary>
public static class WorkWeek
{
    /// <summary>The day (UTC) of <paramref name="at"/>.</summary>
    public static DateOnly DayOf(DateTimeOffset at) => DateOnly.FromDateTime(at.UtcDateTime);

    /// <summary>The Monday starting the ISO week of <paramref name="day"/>.</summary>
    public static DateOnly StartOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    /// <summary>The ISO week of <paramref name="day"/>, as "2026-W10".</summary>
    public static string IdOf(DateOnly day)
    {
        var date = day.ToDateTime(TimeOnly.MinValue);
        return $"{ISOWeek.GetYear(date):D4}-W{ISOWeek.GetWeekOfYear(date):D2}";
    }

    /// <summary>The next Monday 00:00 UTC strictly after <paramref name="now"/>.</summary>
    public static DateTimeOffset NextMondayAfter(DateTimeOffset now) => Midnight(StartOf(DayOf(now)).AddDays(7));

    /// <summary>When the client's review of the invoice of the week starting <paramref name="weekStart"/> ends: the Friday after the week, 00:00 UTC.</summary>
    public static DateTimeOffset ReviewEndsAt(DateOnly weekStart) => Midnight(weekStart.AddDays(11));

    public static DateTimeOffset Midnight(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    public static string Format(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static bool TryParse(string? text, out DateOnly day) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);
}

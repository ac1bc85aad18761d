using System.Globalization;

namespace Marketplace.Grains.Notifications;

/// <summary>How notifications write money and words: "$1,234.50", "shortlisted".</summary>
internal static class NotificationText
{
    public static string Dollars(long cents) => (cents / 100m).ToString("$#,##0.00", CultureInfo.InvariantCulture);

    /// <summary>An enum member as lower-case words: NotFunded → "not funded".</summary>
    public static string Words<T>(T value) where T : struct, Enum =>
        string.Concat(value.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? " " + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}

using System.Globalization;

namespace Marketplace.Grains.Notifications;

/// <summary>How notifications write money: "$1,234.50".</summary>
internal static class NotificationText
{
    public static string Dollars(long cents) => (cents / 100m).ToString("$#,##0.00", CultureInfo.InvariantCulture);
}

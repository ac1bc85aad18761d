using System.Globalization;
using System.Text;

namespace Marketplace.Jobs;

/// <summary>
/// The opaque cursor of a job in the board's lists (newest first: posted at, then job id): the board pages by it, the
/// api writes it on each edge.
/// </summary>
public static class JobCursor
{
    public static string Of(JobSummary summary) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"{summary.PostedAt.UtcTicks.ToString(CultureInfo.InvariantCulture)}|{summary.JobId}"));

    /// <summary>The position a cursor names; an <c>INVALID_INPUT</c> refusal on <c>after</c> when it is not one.</summary>
    public static (DateTimeOffset PostedAt, string JobId) Read(string cursor)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            var bar = text.IndexOf('|', StringComparison.Ordinal);
            var ticks = long.Parse(text.AsSpan(0, bar), NumberStyles.None, CultureInfo.InvariantCulture);
            return (new DateTimeOffset(ticks, TimeSpan.Zero), text[(bar + 1)..]);
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException or ArgumentOutOfRangeException or OverflowException)
        {
            throw DomainException.InvalidInput("after", "after is not a cursor of this list.");
        }
    }
}

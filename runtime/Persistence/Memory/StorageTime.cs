namespace Actors.Runtime.Persistence;

/// <summary>
/// Timestamps as storage keeps them: UTC, to the microsecond (PostgreSQL's resolution), so that a time a
/// provider returns from a write is exactly the time a later read returns, whichever provider it is.
/// </summary>
internal static class StorageTime
{
    public static DateTimeOffset Now(TimeProvider timeProvider) => Truncate(timeProvider.GetUtcNow());

    public static DateTimeOffset Truncate(DateTimeOffset value)
    {
        var utc = value.UtcTicks;
        return new DateTimeOffset(utc - (utc % TimeSpan.TicksPerMicrosecond), TimeSpan.Zero);
    }

    public static TimeSpan Truncate(TimeSpan value) =>
        TimeSpan.FromTicks(value.Ticks - (value.Ticks % TimeSpan.TicksPerMicrosecond));
}

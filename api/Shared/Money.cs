namespace Marketplace.Api;

/// <summary>Money crosses the schema as a Decimal string of dollars ("12.50") and lives in the domain as integer cents.</summary>
public static class Money
{
    public static decimal FromCents(long cents) => cents / 100m;

    public static decimal? FromCents(long? cents) => cents is { } value ? FromCents(value) : null;

    /// <summary>Cents of <paramref name="amount"/>; an <c>INVALID_INPUT</c> refusal naming <paramref name="field"/> for fractions of a cent or amounts out of range.</summary>
    public static long ToCents(decimal amount, string field)
    {
        var cents = amount * 100m;
        return cents == decimal.Truncate(cents) && Math.Abs(cents) <= 1_000_000_000_00m
            ? (long)cents
            : throw DomainException.InvalidInput(field, $"{amount} is not an amount of money in cents (at most 2 decimals, at most 1,000,000,000).");
    }

    public static long? ToCents(decimal? amount, string field) => amount is { } value ? ToCents(value, field) : null;
}

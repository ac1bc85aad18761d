namespace Marketplace.Grains.Contracts;

/// <summary>The flat 10% freelancer fee: rounded down to the cent; the freelancer gets the rest.</summary>
public static class PlatformFee
{
    public const int Percent = 10;

    /// <summary>How <paramref name="amountCents"/> splits between the freelancer and the platform.</summary>
    public static (long FreelancerCents, long FeeCents) Split(long amountCents)
    {
        var fee = amountCents * Percent / 100;
        return (amountCents - fee, fee);
    }
}

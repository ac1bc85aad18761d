namespace Marketplace.Api.Auth;

/// <summary>How the api signs and checks bearer tokens (configuration section <c>Auth</c>).</summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    /// <summary>
    /// The HMAC-SHA256 signing key, at least 32 bytes of UTF-8. When it is not configured a random key is made at
    /// startup: tokens then stop working when the process restarts, and silos of a cluster do not accept each
    /// other's tokens — fine for a laptop, wrong for production, where it must be set (e.g. <c>Auth__SigningKey</c>).
    /// </summary>
    public string? SigningKey { get; set; }

    public string Issuer { get; set; } = "marketplace";

    public string Audience { get; set; } = "marketplace";

    /// <summary>How long a token from <c>signIn</c> or <c>signUp</c> is valid.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(12);
}

using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace Marketplace.Api.Auth;

/// <summary>
/// The signing key and the validation rules of the api's bearer tokens, made once from <see cref="AuthOptions"/>.
/// Lifetimes are checked against the host's <see cref="TimeProvider"/>, the clock tokens are issued by.
/// </summary>
public sealed class TokenKeys
{
    public TokenKeys(AuthOptions options, TimeProvider clock)
    {
        Options = options;
        var secret = options.SigningKey is { Length: > 0 } configured ? Encoding.UTF8.GetBytes(configured) : RandomNumberGenerator.GetBytes(32);
        if (secret.Length < 32)
        {
            throw new InvalidOperationException($"{AuthOptions.Section}:SigningKey must be at least 32 bytes long; it is {secret.Length}.");
        }

        IsGenerated = options.SigningKey is not { Length: > 0 };
        SigningKey = new SymmetricSecurityKey(secret);
        Validation = new TokenValidationParameters
        {
            ValidIssuer = options.Issuer,
            ValidAudience = options.Audience,
            IssuerSigningKey = SigningKey,
            ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
            NameClaimType = TokenClaims.Name,
            RoleClaimType = TokenClaims.Role,
            ClockSkew = TimeSpan.FromSeconds(30),
            LifetimeValidator = (notBefore, expires, _, parameters) =>
            {
                var now = clock.GetUtcNow().UtcDateTime;
                return (notBefore is not { } from || now >= from - parameters.ClockSkew) && expires is { } until && now <= until + parameters.ClockSkew;
            },
        };
    }

    public AuthOptions Options { get; }

    public SymmetricSecurityKey SigningKey { get; }

    /// <summary>True when no key was configured and this process made its own.</summary>
    public bool IsGenerated { get; }

    public TokenValidationParameters Validation { get; }
}

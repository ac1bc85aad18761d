using System.Collections.Concurrent;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Marketplace.Api.Auth;

/// <summary>
/// Validates bearer tokens like <see cref="JsonWebTokenHandler"/> and remembers the ones it found valid, so a client
/// that sends the same token with every request (a freelancer bidding, a page polling) has its signature checked and
/// its claims built once, not per request. A remembered token is still checked against the clock on every use, by the
/// validation's own lifetime rule, and each use gets its own copy of the identity. One handler serves one set of
/// validation rules (the api's <see cref="TokenKeys.Validation"/>); rules without a lifetime rule are never
/// remembered. The memory is bounded: when it holds <see cref="Capacity"/> tokens it starts again empty.
/// </summary>
public sealed class RememberingTokenHandler : JsonWebTokenHandler
{
    public const int Capacity = 10_000;

    private readonly ConcurrentDictionary<string, TokenValidationResult> _valid = new(StringComparer.Ordinal);

    public RememberingTokenHandler() => MapInboundClaims = false;

    public override async Task<TokenValidationResult> ValidateTokenAsync(string token, TokenValidationParameters validationParameters)
    {
        var lifetime = validationParameters.LifetimeValidator;
        if (lifetime is not null && _valid.TryGetValue(token, out var remembered))
        {
            var jwt = (JsonWebToken)remembered.SecurityToken;
            if (lifetime(jwt.ValidFrom == DateTime.MinValue ? null : jwt.ValidFrom, jwt.ValidTo == DateTime.MinValue ? null : jwt.ValidTo, jwt, validationParameters))
            {
                return Copy(remembered);
            }

            _valid.TryRemove(token, out _);
        }

        var result = await base.ValidateTokenAsync(token, validationParameters);
        if (lifetime is not null && result.IsValid && result.SecurityToken is JsonWebToken)
        {
            if (_valid.Count >= Capacity)
            {
                _valid.Clear();
            }

            _valid[token] = result;
        }

        return result;
    }

    private static TokenValidationResult Copy(TokenValidationResult remembered) => new()
    {
        IsValid = true,
        SecurityToken = remembered.SecurityToken,
        ClaimsIdentity = remembered.ClaimsIdentity.Clone(),
        Issuer = remembered.Issuer,
        TokenType = remembered.TokenType,
    };
}

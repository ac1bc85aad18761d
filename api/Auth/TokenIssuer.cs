using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Marketplace.Api.Auth;

/// <summary>Issues the bearer tokens that <c>signUp</c> and <c>signIn</c> answer with.</summary>
public sealed class TokenIssuer(TokenKeys keys, TimeProvider clock)
{
    private readonly JsonWebTokenHandler _handler = new();
    private readonly SigningCredentials _credentials = new(keys.SigningKey, SecurityAlgorithms.HmacSha256);

    public IssuedToken Issue(string userId, string email, string displayName, Role role)
    {
        var now = clock.GetUtcNow();
        var expires = now + keys.Options.TokenLifetime;
        var token = _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = keys.Options.Issuer,
            Audience = keys.Options.Audience,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = expires.UtcDateTime,
            SigningCredentials = _credentials,
            Subject = new ClaimsIdentity(
            [
                new Claim(TokenClaims.UserId, userId),
                new Claim(TokenClaims.Email, email),
                new Claim(TokenClaims.Name, displayName),
                new Claim(TokenClaims.Role, RoleNames.Of(role)),
            ]),
        });
        return new IssuedToken(token, expires);
    }
}

/// <summary>A bearer token and when it stops being accepted.</summary>
public sealed record IssuedToken(string Token, DateTimeOffset ExpiresAt);

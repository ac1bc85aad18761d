using System.Security.Claims;
using Actors.GraphQL.Transport;

namespace Marketplace.Api.Auth;

/// <summary>
/// Authenticates a WebSocket in its <c>connection_init</c>: the payload's <c>authorization</c> ("Bearer &lt;token&gt;")
/// or <c>token</c> entry is checked like an HTTP bearer token. A socket without one runs anonymously (what needs a
/// user then answers UNAUTHENTICATED); a socket with a bad or expired token is closed with 4403 Forbidden, and so is
/// an authenticated socket when its token expires (the lifetime rule's clock skew allowed, as for HTTP).
/// </summary>
public sealed class ConnectionInitAuthenticator(TokenKeys keys, RememberingTokenHandler handler)
{
    public async ValueTask<ConnectionInitResult> AuthenticateAsync(ConnectionInitContext context)
    {
        var token = context.GetPayloadString("authorization") ?? context.GetPayloadString("Authorization") ?? context.GetPayloadString("token");
        if (token is null)
        {
            return ConnectionInitResult.Accept();
        }

        if (token.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            token = token["Bearer ".Length..].Trim();
        }

        var result = await handler.ValidateTokenAsync(token, keys.Validation);
        return result is { IsValid: true, SecurityToken: { } validated }
            ? ConnectionInitResult.Accept(
                new ClaimsPrincipal(result.ClaimsIdentity),
                expiresAt: new DateTimeOffset(validated.ValidTo, TimeSpan.Zero) + keys.Validation.ClockSkew)
            : ConnectionInitResult.Reject();
    }
}

using System.Security.Claims;
using Actors.GraphQL.Execution;

namespace Marketplace.Api.Auth;

/// <summary>The signed-in user a request runs for: id, email, role — read from the token's claims.</summary>
public sealed record Viewer(string UserId, string Email, Role Role)
{
    /// <summary>The viewer of <paramref name="user"/>, or null when the request carries no valid token.</summary>
    public static Viewer? From(ClaimsPrincipal? user) =>
        user?.Identity?.IsAuthenticated == true
        && user.FindFirst(TokenClaims.UserId)?.Value is { Length: > 0 } id
        && RoleNames.Parse(user.FindFirst(TokenClaims.Role)?.Value) is { } role
            ? new Viewer(id, user.FindFirst(TokenClaims.Email)?.Value ?? "", role)
            : null;

    /// <summary>The viewer of <paramref name="user"/>; an <c>UNAUTHENTICATED</c> error when there is none.</summary>
    public static Viewer Require(ClaimsPrincipal? user) =>
        From(user) ?? throw new GraphQLException("Sign in first: this needs a bearer token (Authorization: Bearer <token>).", ApiErrorCodes.Unauthenticated);

    /// <summary>The viewer of <paramref name="user"/> in role <paramref name="role"/>; <c>FORBIDDEN</c> for another role.</summary>
    public static Viewer Require(ClaimsPrincipal? user, Role role)
    {
        var viewer = Require(user);
        return viewer.Role == role
            ? viewer
            : throw new GraphQLException($"Only a {RoleNames.Of(role).ToLowerInvariant()} may do this.", ErrorCodes.Forbidden);
    }

    public Party Party => Role switch
    {
        Role.Client => Party.Client,
        Role.Freelancer => Party.Freelancer,
        _ => Party.Operator,
    };
}

using System.Security.Claims;

namespace Actors.GraphQL.Execution;

/// <summary>
/// Finds a request's user when something first asks for it (<see cref="RequestOptions.UserSource"/>): over HTTP,
/// reading <c>HttpContext.User</c> builds an anonymous principal when no authentication ran, which most
/// requests never need.
/// </summary>
public interface IRequestUserSource
{
    /// <summary>The authenticated user, if any.</summary>
    ClaimsPrincipal? User { get; }
}

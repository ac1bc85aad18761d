namespace Marketplace.Api.Auth;

/// <summary>The claims of the api's tokens (short JWT names, kept as they are: inbound claim mapping is off).</summary>
public static class TokenClaims
{
    public const string UserId = "sub";
    public const string Email = "email";
    public const string Name = "name";
    public const string Role = "role";
}

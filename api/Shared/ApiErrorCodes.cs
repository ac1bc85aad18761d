namespace Marketplace.Api;

/// <summary>Codes of errors the api itself raises (the domain's are in <see cref="ErrorCodes"/>).</summary>
public static class ApiErrorCodes
{
    /// <summary>The operation needs a signed-in user and the request has no valid token.</summary>
    public const string Unauthenticated = "UNAUTHENTICATED";
}

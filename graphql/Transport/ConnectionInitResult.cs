using System.Security.Claims;

namespace Actors.GraphQL.Transport;

/// <summary>
/// The answer of <see cref="GraphQLServerOptions.ConnectionInitAuthorizer"/>: accept the connection
/// (optionally as <see cref="User"/> until <see cref="ExpiresAt"/>, with <see cref="ContextData"/> for every operation
/// of the socket and a <see cref="AckPayload"/> for the client), or reject it (the socket closes with 4403 Forbidden).
/// </summary>
public sealed class ConnectionInitResult
{
    private static readonly ConnectionInitResult _rejected = new(false, null, null, null, null);
    private static readonly ConnectionInitResult _accepted = new(true, null, null, null, null);

    private ConnectionInitResult(
        bool isAccepted, ClaimsPrincipal? user, IReadOnlyDictionary<string, object?>? contextData, object? ackPayload, DateTimeOffset? expiresAt)
    {
        IsAccepted = isAccepted;
        User = user;
        ContextData = contextData;
        AckPayload = ackPayload;
        ExpiresAt = expiresAt;
    }

    public bool IsAccepted { get; }

    /// <summary>The user the socket's operations run as; null keeps the upgrade request's user.</summary>
    public ClaimsPrincipal? User { get; }

    /// <summary>Entries added to <c>RequestOptions.ContextData</c> of every operation on the socket.</summary>
    public IReadOnlyDictionary<string, object?>? ContextData { get; }

    /// <summary>The <c>connection_ack</c> payload, serialized as a JSON object; null sends none.</summary>
    public object? AckPayload { get; }

    /// <summary>
    /// When the socket's authentication ends (a bearer token's expiry): the server then closes the socket with 4403
    /// Forbidden, ending its operations, and the client reconnects with a fresh token. Null: never.
    /// </summary>
    public DateTimeOffset? ExpiresAt { get; }

    /// <summary>Acknowledges the connection.</summary>
    public static ConnectionInitResult Accept(
        ClaimsPrincipal? user = null,
        IReadOnlyDictionary<string, object?>? contextData = null,
        object? ackPayload = null,
        DateTimeOffset? expiresAt = null) =>
        user is null && contextData is null && ackPayload is null && expiresAt is null
            ? _accepted
            : new(true, user, contextData, ackPayload, expiresAt);

    /// <summary>Refuses the connection: the socket closes with 4403 Forbidden.</summary>
    public static ConnectionInitResult Reject() => _rejected;
}

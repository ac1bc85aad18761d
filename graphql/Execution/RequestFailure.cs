namespace Actors.GraphQL.Execution;

/// <summary>Why a request produced no data; a transport maps each to its status code.</summary>
public enum RequestFailure
{
    /// <summary>The operation executed (its result may still hold field errors).</summary>
    None,

    /// <summary>The document did not parse or validate, the operation was not found, or variables did not coerce (HTTP 400).</summary>
    InvalidRequest,

    /// <summary>The operation's type is not allowed on this transport, e.g. a mutation over HTTP GET (HTTP 405).</summary>
    OperationNotAllowed,

    /// <summary>A protection limit refused the request: size, depth, cost, rate or persisted-operations policy (HTTP 400, or 429 for rate).</summary>
    LimitExceeded,

    /// <summary>The caller is not allowed to run the request (HTTP 401/403 decided by the transport).</summary>
    Unauthorized,
}

namespace Actors.GraphQL.Transport.WebSockets;

/// <summary>
/// The names and close codes of graphql-transport-ws (enisdenjo/graphql-ws PROTOCOL.md): JSON text
/// messages <c>{ type, id?, payload? }</c>, several operations multiplexed on one socket by id.
/// </summary>
internal static class GraphQLTransportWsProtocol
{
    public const string SubProtocol = "graphql-transport-ws";

    public static class MessageTypes
    {
        public const string ConnectionInit = "connection_init";
        public const string ConnectionAck = "connection_ack";
        public const string Ping = "ping";
        public const string Pong = "pong";
        public const string Subscribe = "subscribe";
        public const string Next = "next";
        public const string Error = "error";
        public const string Complete = "complete";
    }

    /// <summary>Every close code the server uses, with the reason text it sends.</summary>
    public static class CloseCodes
    {
        /// <summary>Invalid message: not JSON, unknown type, missing or mistyped fields, too large.</summary>
        public const int BadRequest = 4400;

        /// <summary>A <c>subscribe</c> before the connection was acknowledged.</summary>
        public const int Unauthorized = 4401;

        /// <summary>The <c>connection_init</c> authorizer rejected the connection.</summary>
        public const int Forbidden = 4403;

        /// <summary>The client did not ask for the <c>graphql-transport-ws</c> subprotocol.</summary>
        public const int SubprotocolNotAcceptable = 4406;

        /// <summary>No acknowledged <c>connection_init</c> within the configured timeout.</summary>
        public const int ConnectionInitialisationTimeout = 4408;

        /// <summary>A <c>subscribe</c> with the id of an operation that is still running.</summary>
        public const int SubscriberAlreadyExists = 4409;

        /// <summary>A second <c>connection_init</c>.</summary>
        public const int TooManyInitialisationRequests = 4429;

        /// <summary>An unexpected exception on the server.</summary>
        public const int InternalServerError = 4500;
    }

    public static class CloseReasons
    {
        public const string Unauthorized = "Unauthorized";
        public const string Forbidden = "Forbidden";

        public const string AuthenticationExpired = "Forbidden: authentication expired";
        public const string SubprotocolNotAcceptable = "Subprotocol not acceptable";
        public const string ConnectionInitialisationTimeout = "Connection initialisation timeout";
        public const string TooManyInitialisationRequests = "Too many initialisation requests";
        public const string InternalServerError = "Internal server error";

        public static string SubscriberAlreadyExists(string id) => $"Subscriber for {id} already exists";
    }
}

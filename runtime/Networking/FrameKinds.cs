namespace Actors.Runtime.Networking;

/// <summary>The kinds of frame silos and clients exchange (the first byte of every frame).</summary>
internal static class FrameKinds
{
    /// <summary>The first frame on a connection, from the side that connected: who it is and whom it meant to reach.</summary>
    public const byte Hello = 1;

    /// <summary>The answer to <see cref="Hello"/>: the connection is accepted (for a client, with the grain types of the cluster).</summary>
    public const byte Welcome = 2;

    /// <summary>The answer to <see cref="Hello"/> when the connection is refused, with the reason; the connection then closes.</summary>
    public const byte Refused = 3;

    /// <summary>A grain call: call id, deadline, target, call chain, then the message.</summary>
    public const byte Request = 4;

    /// <summary>The answer to a <see cref="Request"/>: call id, outcome, then the result or the exception.</summary>
    public const byte Response = 5;

    /// <summary>A failure detector's probe, with an id.</summary>
    public const byte Ping = 6;

    /// <summary>The answer to <see cref="Ping"/>, with its id.</summary>
    public const byte Pong = 7;
}

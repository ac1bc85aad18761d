using System.Net;

namespace Actors.Runtime.Networking;

/// <summary>An address a <see cref="FrameListener"/> listens on (port 0 picks a free one) and the handler of its inbound connections.</summary>
internal sealed record FrameEndpoint(IPEndPoint EndPoint, IFrameHandler Handler);

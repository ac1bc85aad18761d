namespace Actors.Runtime.Tests.Networking;

/// <summary>A frame as a handler received it: its kind and a copy of its body.</summary>
internal sealed record ReceivedFrame(byte Kind, byte[] Body)
{
    public bool Matches(byte kind, byte[] body) => Kind == kind && Body.AsSpan().SequenceEqual(body);
}

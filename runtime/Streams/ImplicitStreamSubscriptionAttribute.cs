namespace Actors.Runtime;

/// <summary>
/// On a grain class that implements <see cref="Streams.IStreamSubscriber"/>: every event of every stream
/// in <see cref="Namespace"/> is delivered, in order, to the grain of this class whose key is the
/// stream's key. Delivery survives restarts: each subscriber's position is stored.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true)]
public sealed class ImplicitStreamSubscriptionAttribute(string streamNamespace) : Attribute
{
    public string Namespace { get; } = streamNamespace;
}

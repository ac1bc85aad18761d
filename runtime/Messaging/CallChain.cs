namespace Actors.Runtime.Messaging;

/// <summary>
/// The grains a request passed through on its way here, innermost first: an immutable list that each
/// grain-to-grain call extends by one. A request whose chain holds its target is part of a call cycle
/// (A -> B -> A) and is let in even while the target is busy: call-chain reentrancy.
/// </summary>
public sealed class CallChain(GrainId grain, CallChain? caller)
{
    public GrainId Grain { get; } = grain;

    public CallChain? Caller { get; } = caller;

    public bool Contains(GrainId grain)
    {
        for (var link = this; link is not null; link = link.Caller)
        {
            if (link.Grain == grain)
            {
                return true;
            }
        }

        return false;
    }
}

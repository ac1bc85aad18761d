namespace Marketplace.Bench;

/// <summary>
/// One <c>next</c> a subscriber received: the event's position in the job's stream, when it arrived
/// (<see cref="System.Diagnostics.Stopwatch"/> ticks), the proposal id when the viewer may see it (the job's client
/// does) and the bid count the event carries.
/// </summary>
public readonly record struct Delivery(long Sequence, long ReceivedAt, string? ProposalId, int BidCount);

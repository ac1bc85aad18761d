using Actors.Runtime;

namespace Marketplace.Jobs;

/// <summary>
/// A job post as anyone may see it: the post itself, its status, the Connects a proposal costs, when it was posted,
/// last edited, ended (closed or expired) and when it expires, whether someone was hired, and the standing bids.
/// </summary>
[GenerateSerializer]
public sealed record JobView(
    [Id(0)] string Id,
    [Id(1)] string ClientId,
    [Id(2)] JobDraft Post,
    [Id(3)] JobStatus Status,
    [Id(4)] int ConnectsCost,
    [Id(5)] DateTimeOffset PostedAt,
    [Id(6)] DateTimeOffset? EditedAt,
    [Id(7)] DateTimeOffset? EndedAt,
    [Id(8)] DateTimeOffset ExpiresAt,
    [Id(9)] bool HasHire,
    [Id(10)] BidStats Bids);

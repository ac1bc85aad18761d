using Actors.Runtime;

namespace Marketplace.Jobs;

/// <summary>
/// A freelancer was hired on a job: an offer made from proposal <see cref="ProposalId"/> was accepted and
/// contract <see cref="ContractId"/> began. The contract records it on the job's stream (<see cref="JobStreams.Job"/>,
/// job id) in the same write as its own state, so the job learns of the hire exactly once, even across restarts.
/// </summary>
[GenerateSerializer]
public sealed record JobHired(
    [Id(0)] string JobId, [Id(1)] string ProposalId, [Id(2)] string ContractId, [Id(3)] string ClientId, [Id(4)] string FreelancerId,
    [Id(5)] DateTimeOffset At);

using Marketplace.Contracts;
using Marketplace.Grains.Shared;

namespace Marketplace.Grains.Contracts;

/// <summary>What can happen to a contract once its offer was accepted.</summary>
public enum ContractTrigger
{
    Pause,
    Resume,
    End,
}

/// <summary>The life of a contract: born <see cref="ContractStatus.Active"/> when its offer is accepted; the client pauses and resumes; either party ends it.</summary>
public static class ContractTransitions
{
    public static readonly TransitionTable<ContractStatus, ContractTrigger> Table = new(
        "contract",
        new(ContractStatus.Active, ContractTrigger.Pause, Party.Client, ContractStatus.Paused),
        new(ContractStatus.Paused, ContractTrigger.Resume, Party.Client, ContractStatus.Active),
        new(ContractStatus.Active, ContractTrigger.End, Party.Client, ContractStatus.Ended),
        new(ContractStatus.Active, ContractTrigger.End, Party.Freelancer, ContractStatus.Ended),
        new(ContractStatus.Paused, ContractTrigger.End, Party.Client, ContractStatus.Ended),
        new(ContractStatus.Paused, ContractTrigger.End, Party.Freelancer, ContractStatus.Ended));
}

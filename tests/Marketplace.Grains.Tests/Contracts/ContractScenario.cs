using Actors.Runtime.Streams;
using Actors.Runtime.Testing;
using Marketplace.Contracts;
using Marketplace.Ledger;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Grains.Tests.Contracts;

/// <summary>A client, a freelancer and a contract between them on a running cluster, with the ledger to fund and check.</summary>
public sealed class ContractScenario(TestCluster cluster)
{
    private readonly string _run = Guid.NewGuid().ToString("N")[..12];

    public string ClientId => $"client-{_run}";

    public string FreelancerId => $"freelancer-{_run}";

    public string JobId => $"job-{_run}";

    public string ContractId => $"contract-{_run}";

    public IContractGrain Contract => cluster.GrainFactory.GetGrain<IContractGrain>(ContractId);

    public ILedgerGrain Ledger => cluster.GrainFactory.GetGrain<ILedgerGrain>(ILedgerGrain.Key);

    public LedgerAccount Wallet => LedgerAccount.ClientWallet(ClientId);

    public LedgerAccount Escrow => LedgerAccount.Escrow(ContractId);

    public LedgerAccount Earnings => LedgerAccount.FreelancerAvailable(FreelancerId);

    public OfferDraft Fixed(params long[] milestoneCents) => new(JobId, $"proposal-{_run}", FreelancerId, "Build the landing page", ContractKind.Fixed,
        [.. milestoneCents.Select((cents, i) => new MilestoneDraft($"Milestone {i + 1}", cents, null))], null, null, "Figma to HTML.");

    public OfferDraft Hourly(long rateCents, int weeklyLimitHours) => new(JobId, $"proposal-{_run}", FreelancerId, "Ongoing support", ContractKind.Hourly,
        [], rateCents, weeklyLimitHours, "Support tickets.");

    public Task DepositAsync(long cents) =>
        Ledger.TransferAsync(new TransferRequest($"deposit-{Guid.NewGuid():N}", [new(LedgerAccount.PaymentNetwork, Wallet, cents)], "Deposit"));

    /// <summary>Wallet, escrow, freelancer's available balance and platform fees, in cents.</summary>
    public async Task<(long Wallet, long Escrow, long Freelancer, long Fees)> BalancesAsync()
    {
        var b = await Ledger.BalancesAsync([Wallet, Escrow, Earnings, LedgerAccount.PlatformFees]);
        return (b[0], b[1], b[2], b[3]);
    }

    /// <summary>An accepted fixed-price contract with <paramref name="depositCents"/> in the client's wallet.</summary>
    public async Task<ContractView> StartFixedAsync(long depositCents, params long[] milestoneCents)
    {
        await DepositAsync(depositCents);
        await Contract.CreateOfferAsync(ClientId, Fixed(milestoneCents));
        return await Contract.AcceptOfferAsync(FreelancerId);
    }

    public async Task<IReadOnlyList<object>> EventsAsync(StreamId stream, int count)
    {
        var streams = cluster.Services.GetRequiredService<IStreamProvider>();
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        return await streams.ReadAsync(stream, 0, stop.Token).Take(count).Select(e => e.Event).ToListAsync(stop.Token);
    }

    public static async Task<string> RefusedAsync(Func<Task> command)
    {
        var refused = await Assert.ThrowsAsync<DomainException>(command);
        return refused.Code;
    }
}

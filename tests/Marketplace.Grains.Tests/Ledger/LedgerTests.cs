using Actors.Runtime.Streams;
using Marketplace.Ledger;
using Microsoft.Extensions.DependencyInjection;
using Testing;

namespace Marketplace.Grains.Tests.Ledger;

public sealed class LedgerTests
{
    private readonly ManualTimeProvider _clock = new();
    private readonly string _run = Guid.NewGuid().ToString("N");

    private LedgerAccount Client => LedgerAccount.ClientWallet($"client-{_run}");

    private LedgerAccount Escrow => LedgerAccount.Escrow($"contract-{_run}");

    private LedgerAccount Freelancer => LedgerAccount.FreelancerAvailable($"freelancer-{_run}");

    [Fact]
    public async Task A_deposit_moves_money_from_the_payment_network_into_the_client_wallet_and_is_on_the_ledger_stream()
    {
        await using var cluster = await MoneyCluster.StartAsync(_clock);
        var ledger = cluster.GrainFactory.GetGrain<ILedgerGrain>(ILedgerGrain.Key);

        var receipt = await ledger.TransferAsync(new TransferRequest("deposit-1", [new(LedgerAccount.PaymentNetwork, Client, 100_000)], "Deposit"));

        Assert.Equal(new TransferReceipt("deposit-1", 1, _clock.GetUtcNow(), false), receipt);
        Assert.Equal(100_000, await ledger.BalanceAsync(Client));
        Assert.Equal(-100_000, await ledger.BalanceAsync(LedgerAccount.PaymentNetwork));
        Assert.Equal(0, await ledger.TotalAsync());
        var entry = Assert.Single(await ledger.EntriesAsync(Client, 10, null));
        Assert.Equal(new LedgerEntry(1, "deposit-1", Client, LedgerAccount.PaymentNetwork, 100_000, 100_000, "Deposit", _clock.GetUtcNow()), entry);
        var streams = cluster.Services.GetRequiredService<IStreamProvider>();
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var completed = await streams.ReadAsync(new StreamId(LedgerStreams.Namespace, ILedgerGrain.Key), 0, stop.Token).FirstAsync(stop.Token);
        var evt = Assert.IsType<TransferCompleted>(completed.Event);
        Assert.Equal(("deposit-1", 1L, 100_000L), (evt.Key, evt.Sequence, Assert.Single(evt.Legs).AmountCents));
    }

    [Fact]
    public async Task Escrow_funding_and_a_two_leg_release_pay_ninety_percent_to_the_freelancer_and_ten_to_the_platform()
    {
        await using var cluster = await MoneyCluster.StartAsync(_clock);
        var ledger = cluster.GrainFactory.GetGrain<ILedgerGrain>(ILedgerGrain.Key);
        await ledger.TransferAsync(new TransferRequest("deposit", [new(LedgerAccount.PaymentNetwork, Client, 50_000)], "Deposit"));

        await ledger.TransferAsync(new TransferRequest("fund", [new(Client, Escrow, 30_000)], "Fund milestone 1"));
        await ledger.TransferAsync(new TransferRequest("release",
            [new(Escrow, Freelancer, 27_000), new(Escrow, LedgerAccount.PlatformFees, 3_000)], "Release milestone 1"));

        Assert.Equal([20_000L, 0, 27_000], await ledger.BalancesAsync([Client, Escrow, Freelancer]));
        Assert.True(await ledger.BalanceAsync(LedgerAccount.PlatformFees) >= 3_000);
        Assert.Equal(0, await ledger.TotalAsync());
        var escrow = await ledger.EntriesAsync(Escrow, 10, null);
        // Newest first: the release's second leg, then its first, then the funding.
        Assert.Equal([-3_000L, -27_000, 30_000], escrow.Select(e => e.AmountCents));
        Assert.Equal([0L, 3_000, 30_000], escrow.Select(e => e.BalanceAfterCents));
    }

    [Fact]
    public async Task Insufficient_funds_refuse_the_whole_transfer_naming_the_account_and_change_nothing()
    {
        await using var cluster = await MoneyCluster.StartAsync(_clock);
        var ledger = cluster.GrainFactory.GetGrain<ILedgerGrain>(ILedgerGrain.Key);
        await ledger.TransferAsync(new TransferRequest("deposit", [new(LedgerAccount.PaymentNetwork, Client, 10_000)], "Deposit"));

        // The first leg alone would fit; the second would overdraw the wallet: neither moves.
        var refused = await Assert.ThrowsAsync<DomainException>(() => ledger.TransferAsync(new TransferRequest("too-much",
            [new(Client, Escrow, 6_000), new(Client, Freelancer, 6_000)], "Two legs")));

        Assert.Equal(ErrorCodes.InsufficientFunds, refused.Code);
        Assert.Contains(Client.ToString(), refused.Message);
        Assert.Equal([10_000L, 0, 0], await ledger.BalancesAsync([Client, Escrow, Freelancer]));
        Assert.Single(await ledger.EntriesAsync(Client, 10, null));
        // The refused key was not used up: the same key with legs that fit goes through.
        var receipt = await ledger.TransferAsync(new TransferRequest("too-much", [new(Client, Escrow, 6_000)], "One leg"));
        Assert.False(receipt.Repeated);
    }

    [Fact]
    public async Task A_repeated_key_with_the_same_legs_answers_the_first_receipt_and_moves_nothing()
    {
        await using var cluster = await MoneyCluster.StartAsync(_clock);
        var ledger = cluster.GrainFactory.GetGrain<ILedgerGrain>(ILedgerGrain.Key);
        var transfer = new TransferRequest("deposit", [new(LedgerAccount.PaymentNetwork, Client, 10_000)], "Deposit");
        var first = await ledger.TransferAsync(transfer);
        _clock.Advance(TimeSpan.FromMinutes(5));

        var again = await ledger.TransferAsync(transfer with { Legs = [new(LedgerAccount.PaymentNetwork, Client, 10_000)], Reason = "Retry" });

        Assert.Equal(first with { Repeated = true }, again);
        Assert.Equal(10_000, await ledger.BalanceAsync(Client));
        Assert.Single(await ledger.EntriesAsync(Client, 10, null));
    }

    [Fact]
    public async Task A_repeated_key_with_other_legs_is_an_idempotency_conflict()
    {
        await using var cluster = await MoneyCluster.StartAsync(_clock);
        var ledger = cluster.GrainFactory.GetGrain<ILedgerGrain>(ILedgerGrain.Key);
        await ledger.TransferAsync(new TransferRequest("deposit", [new(LedgerAccount.PaymentNetwork, Client, 10_000)], "Deposit"));

        var refused = await Assert.ThrowsAsync<DomainException>(() =>
            ledger.TransferAsync(new TransferRequest("deposit", [new(LedgerAccount.PaymentNetwork, Client, 20_000)], "Deposit")));

        Assert.Equal(ErrorCodes.IdempotencyConflict, refused.Code);
        Assert.Equal(10_000, await ledger.BalanceAsync(Client));
    }

    [Fact]
    public async Task Malformed_transfers_are_refused_with_the_field_at_fault()
    {
        await using var cluster = await MoneyCluster.StartAsync(_clock);
        var ledger = cluster.GrainFactory.GetGrain<ILedgerGrain>(ILedgerGrain.Key);
        var leg = new TransferLeg(LedgerAccount.PaymentNetwork, Client, 100);
        (TransferRequest Transfer, string Field)[] cases =
        [
            (new("", [leg], "r"), "key"),
            (new(new string('k', 201), [leg], "r"), "key"),
            (new("k", [], "r"), "legs"),
            (new("k", [.. Enumerable.Repeat(leg, 11)], "r"), "legs"),
            (new("k", [leg with { AmountCents = 0 }], "r"), "amountCents"),
            (new("k", [leg with { AmountCents = -5 }], "r"), "amountCents"),
            (new("k", [leg with { To = LedgerAccount.PaymentNetwork }], "r"), "legs"),
            (new("k", [leg with { To = new LedgerAccount(LedgerAccountKind.ClientWallet, " ") }], "r"), "legs"),
            (new("k", [leg], ""), "reason"),
            (new("k\0", [leg], "r"), "key"), // keys and account owners are stored as entry keys, which cannot hold U+0000
            (new("k", [leg with { To = new LedgerAccount(LedgerAccountKind.ClientWallet, "client\0") }], "r"), "legs"),
        ];

        foreach (var (transfer, field) in cases)
        {
            var refused = await Assert.ThrowsAsync<DomainException>(() => ledger.TransferAsync(transfer));
            Assert.Equal((ErrorCodes.InvalidInput, field), (refused.Code, refused.Field));
        }

        Assert.Equal(0, await ledger.BalanceAsync(Client));
        Assert.Equal(0, await ledger.BalanceAsync(LedgerAccount.PaymentNetwork));
        Assert.Empty(await ledger.EntriesAsync(Client, 10, null));
    }

    [Fact]
    public async Task Entries_page_newest_first_by_sequence_without_splitting_a_transfer()
    {
        await using var cluster = await MoneyCluster.StartAsync(_clock);
        var ledger = cluster.GrainFactory.GetGrain<ILedgerGrain>(ILedgerGrain.Key);
        await ledger.TransferAsync(new TransferRequest("d1", [new(LedgerAccount.PaymentNetwork, Client, 1_000)], "Deposit"));
        await ledger.TransferAsync(new TransferRequest("d2", [new(LedgerAccount.PaymentNetwork, Client, 2_000)], "Deposit"));
        await ledger.TransferAsync(new TransferRequest("f", [new(Client, Escrow, 500), new(Client, Escrow, 700)], "Fund twice"));
        await ledger.TransferAsync(new TransferRequest("d3", [new(LedgerAccount.PaymentNetwork, Client, 3_000)], "Deposit"));

        var first = await ledger.EntriesAsync(Client, 2, null);
        var second = await ledger.EntriesAsync(Client, 2, first[^1].Sequence);

        Assert.Equal(["d3", "f", "f"], first.Select(e => e.TransferKey));
        Assert.Equal(["d2", "d1"], second.Select(e => e.TransferKey));
        Assert.Equal([4_800L, 1_800, 2_500], first.Select(e => e.BalanceAfterCents));
        Assert.Empty(await ledger.EntriesAsync(Client, 2, second[^1].Sequence));
        var refused = await Assert.ThrowsAsync<DomainException>(() => ledger.EntriesAsync(Client, 0, null));
        Assert.Equal("first", refused.Field);
    }

    [Fact]
    public async Task After_hundreds_of_random_transfers_including_refused_ones_the_sum_is_zero_and_no_marketplace_balance_is_negative()
    {
        await using var cluster = await MoneyCluster.StartAsync(_clock);
        var ledger = cluster.GrainFactory.GetGrain<ILedgerGrain>(ILedgerGrain.Key);
        var random = new Random(20260302);
        LedgerAccount[] accounts =
        [
            LedgerAccount.PaymentNetwork, LedgerAccount.PlatformFees, LedgerAccount.Payouts,
            .. Enumerable.Range(0, 3).Select(i => LedgerAccount.ClientWallet($"client-{i}-{_run}")),
            .. Enumerable.Range(0, 3).Select(i => LedgerAccount.Escrow($"contract-{i}-{_run}")),
            .. Enumerable.Range(0, 3).Select(i => LedgerAccount.FreelancerAvailable($"freelancer-{i}-{_run}")),
        ];
        var expected = accounts.ToDictionary(a => a, _ => 0L);
        var moved = 0;
        var refusedCount = 0;

        for (var i = 0; i < 300; i++)
        {
            var legs = Enumerable.Range(0, random.Next(1, 4)).Select(_ =>
            {
                var from = random.Next(10) < 3 ? LedgerAccount.PaymentNetwork : accounts[random.Next(accounts.Length)];
                var to = accounts.Where(a => a != from).ElementAt(random.Next(accounts.Length - 1));
                return new TransferLeg(from, to, random.Next(1, 50_000));
            }).ToList();
            var after = new Dictionary<LedgerAccount, long>(expected);
            var fits = true;
            foreach (var leg in legs)
            {
                after[leg.From] -= leg.AmountCents;
                after[leg.To] += leg.AmountCents;
                fits &= leg.From == LedgerAccount.PaymentNetwork || after[leg.From] >= 0;
            }

            try
            {
                await ledger.TransferAsync(new TransferRequest($"random-{_run}-{i}", legs, "Random"));
                Assert.True(fits, $"transfer {i} should have been refused");
                expected = after;
                moved++;
            }
            catch (DomainException refused) when (refused.Code == ErrorCodes.InsufficientFunds)
            {
                Assert.False(fits, $"transfer {i} should have moved");
                refusedCount++;
            }

            var balances = await ledger.BalancesAsync(accounts);
            Assert.Equal(0, await ledger.TotalAsync());
            Assert.Equal(accounts.Select(a => expected[a]), balances);
            Assert.All(accounts.Zip(balances).Where(p => p.First != LedgerAccount.PaymentNetwork), p => Assert.True(p.Second >= 0, $"{p.First} is {p.Second}"));
        }

        Assert.True(moved > 50 && refusedCount > 50, $"moved {moved}, refused {refusedCount}: the sequence must exercise both");
    }
}

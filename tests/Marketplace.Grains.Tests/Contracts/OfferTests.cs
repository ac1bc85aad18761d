using Marketplace.Contracts;
using Marketplace.Grains.Tests.Ledger;
using Testing;

namespace Marketplace.Grains.Tests.Contracts;

public sealed class OfferTests
{
    private readonly ManualTimeProvider _clock = new();

    [Fact]
    public async Task Offers_below_the_marketplace_minimums_or_malformed_are_refused_naming_the_field()
    {
        await using var cluster = await MoneyCluster.StartAsync(_clock);
        var s = new ContractScenario(cluster);
        var fixedOffer = s.Fixed(500);
        var hourly = s.Hourly(300, 1);
        (OfferDraft Draft, string Field)[] cases =
        [
            (fixedOffer with { Milestones = [new("Too small", 499, null)] }, "milestones.amountCents"),
            (fixedOffer with { Milestones = [] }, "milestones"),
            (fixedOffer with { Milestones = [.. Enumerable.Repeat(new MilestoneDraft("M", 500, null), 21)] }, "milestones"),
            (fixedOffer with { Milestones = [new("", 500, null)] }, "milestones.title"),
            (fixedOffer with { Title = new string('t', 201) }, "title"),
            (fixedOffer with { HourlyRateCents = 300 }, "hourlyRateCents"),
            (fixedOffer with { FreelancerId = s.ClientId }, "freelancerId"),
            (fixedOffer with { JobId = "" }, "jobId"),
            (hourly with { HourlyRateCents = 299 }, "hourlyRateCents"),
            (hourly with { WeeklyLimitHours = 0 }, "weeklyLimitHours"),
            (hourly with { WeeklyLimitHours = 81 }, "weeklyLimitHours"),
            (hourly with { Milestones = [new("M", 500, null)] }, "milestones"),
        ];

        foreach (var (draft, field) in cases)
        {
            var refused = await Assert.ThrowsAsync<DomainException>(() => s.Contract.CreateOfferAsync(s.ClientId, draft));
            Assert.Equal((ErrorCodes.InvalidInput, field), (refused.Code, refused.Field));
        }

        Assert.Equal(ErrorCodes.NotFound, await ContractScenario.RefusedAsync(() => s.Contract.GetAsync(s.ClientId)));
        Assert.Equal(OfferStatus.Pending, (await s.Contract.CreateOfferAsync(s.ClientId, fixedOffer)).OfferStatus);
    }

    [Fact]
    public async Task Repeating_an_offer_answers_it_and_another_offer_on_the_same_contract_already_exists()
    {
        await using var cluster = await MoneyCluster.StartAsync(_clock);
        var s = new ContractScenario(cluster);
        var first = await s.Contract.CreateOfferAsync(s.ClientId, s.Fixed(30_000, 20_000));
        _clock.Advance(TimeSpan.FromMinutes(1));

        Assert.Equal(first, await s.Contract.CreateOfferAsync(s.ClientId, s.Fixed(30_000, 20_000)), ViewComparer.Instance);
        Assert.Equal(ErrorCodes.AlreadyExists, await ContractScenario.RefusedAsync(() => s.Contract.CreateOfferAsync(s.ClientId, s.Fixed(30_000))));
        Assert.Equal(ErrorCodes.AlreadyExists, await ContractScenario.RefusedAsync(() => s.Contract.CreateOfferAsync("other-client", s.Fixed(30_000, 20_000))));
        Assert.Equal(first.OfferExpiresAt, first.OfferedAt + TimeSpan.FromDays(30));
    }
}

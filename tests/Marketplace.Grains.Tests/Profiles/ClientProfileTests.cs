using Actors.Runtime.Testing;
using Marketplace.Grains.Tests.Accounts;
using Marketplace.Profiles;
using Testing;

namespace Marketplace.Grains.Tests.Profiles;

public sealed class ClientProfileTests : IAsyncLifetime
{
    private readonly ManualTimeProvider _clock = new();
    private readonly string _id = Guid.NewGuid().ToString("N");
    private TestCluster _cluster = null!;

    public async Task InitializeAsync() => _cluster = await MarketplaceCluster.StartAsync(_clock);

    public async Task DisposeAsync() => await _cluster.DisposeAsync();

    private IClientGrain Client => _cluster.GrainFactory.GetGrain<IClientGrain>(_id);

    [Fact]
    public async Task An_update_changes_the_fields_it_gives_and_records_the_new_profile()
    {
        var created = await Client.InitializeAsync("Bruno Costa");
        _clock.Advance(TimeSpan.FromMinutes(5));

        await Client.UpdateProfileAsync(_id, new ClientProfileUpdate(CompanyName: " Costa Labs ", Country: "br"));
        var updated = await Client.UpdateProfileAsync(_id, new ClientProfileUpdate(Country: "PT"));

        var expected = new ClientProfileView(_id, "Bruno Costa", "Costa Labs", "PT", false, null, _clock.GetUtcNow());
        Assert.Equal(expected, updated);
        Assert.Equal(expected, await Client.GetAsync());
        Assert.NotEqual(created.UpdatedAt, updated.UpdatedAt);
        var events = await StoredRecords.EventsAsync(_cluster, ProfileStreams.Client, _id, 2);
        Assert.Equal(expected, Assert.IsType<ClientProfileUpdated>(events[1]).Profile);
    }

    [Theory]
    [InlineData("companyName", "x", null)]
    [InlineData("country", null, "Brazil")]
    [InlineData("country", "Costa Labs", "B")]
    public async Task A_refused_update_names_the_field_and_leaves_the_profile_as_it_was(string field, string? companyName, string? country)
    {
        await Client.InitializeAsync("Bruno Costa");
        var before = await Client.UpdateProfileAsync(_id, new ClientProfileUpdate("Costa Labs", "BR"));
        var update = new ClientProfileUpdate(companyName == "x" ? new string('c', 101) : companyName, country);

        var refused = await Assert.ThrowsAsync<DomainException>(() => Client.UpdateProfileAsync(_id, update));

        Assert.Equal((ErrorCodes.InvalidInput, field), (refused.Code, refused.Field));
        Assert.Equal(before, await Client.GetAsync());
        Assert.Equal(1, await StoredRecords.LastSequenceAsync(_cluster, ProfileStreams.Client, _id));
    }

    [Fact]
    public async Task A_company_name_of_100_characters_is_accepted()
    {
        await Client.InitializeAsync("Bruno Costa");

        var updated = await Client.UpdateProfileAsync(_id, new ClientProfileUpdate(new string('c', 100)));

        Assert.Equal(100, updated.CompanyName.Length);
    }

    [Fact]
    public async Task A_well_formed_token_verifies_the_payment_method_once()
    {
        await Client.InitializeAsync("Bruno Costa");
        _clock.Advance(TimeSpan.FromMinutes(5));
        var at = _clock.GetUtcNow();

        var verified = await Client.VerifyPaymentMethodAsync(_id, "tok_visa4242");
        _clock.Advance(TimeSpan.FromMinutes(5));
        var again = await Client.VerifyPaymentMethodAsync(_id, "tok_mastercard");

        Assert.Equal((true, at), (verified.PaymentMethodVerified, verified.VerifiedAt));
        Assert.Equal(verified, again);
        Assert.Equal(verified, await Client.GetAsync());
        var events = await StoredRecords.EventsAsync(_cluster, ProfileStreams.Client, _id, 1);
        Assert.Equal(new ClientPaymentMethodVerified(_id, at), Assert.Single(events));
        Assert.Equal(1, await StoredRecords.LastSequenceAsync(_cluster, ProfileStreams.Client, _id));
    }

    [Theory]
    [InlineData("tok_1234")] // 8 characters
    [InlineData("tok_123456789012345678901234567890123456789012345678901234567890")] // 64 characters
    public async Task Card_tokens_of_8_and_64_characters_are_accepted(string token)
    {
        await Client.InitializeAsync("Bruno Costa");

        Assert.True((await Client.VerifyPaymentMethodAsync(_id, token)).PaymentMethodVerified);
    }

    [Theory]
    [InlineData(ErrorCodes.InvalidInput, "tok_123")] // 7 characters
    [InlineData(ErrorCodes.InvalidInput, "tok_1234567890123456789012345678901234567890123456789012345678901")] // 65 characters
    [InlineData(ErrorCodes.InvalidInput, "card_4242424242")]
    [InlineData(ErrorCodes.InvalidInput, "TOK_4242424242")]
    [InlineData(ErrorCodes.InvalidInput, "")]
    [InlineData(ErrorCodes.PaymentMethodDeclined, "tok_fail")]
    [InlineData(ErrorCodes.PaymentMethodDeclined, "tok_fail_insufficient_funds")]
    public async Task A_refused_token_leaves_the_payment_method_unverified(string code, string token)
    {
        var before = await Client.InitializeAsync("Bruno Costa");

        var refused = await Assert.ThrowsAsync<DomainException>(() => Client.VerifyPaymentMethodAsync(_id, token));

        Assert.Equal((code, "cardToken"), (refused.Code, refused.Field));
        Assert.Equal(before, await Client.GetAsync());
        Assert.Equal(0, await StoredRecords.LastSequenceAsync(_cluster, ProfileStreams.Client, _id));
    }

    [Fact]
    public async Task Another_user_may_neither_update_nor_verify_and_nothing_changes()
    {
        var before = await Client.InitializeAsync("Bruno Costa");
        var stranger = Guid.NewGuid().ToString("N");

        var update = await Assert.ThrowsAsync<DomainException>(() => Client.UpdateProfileAsync(stranger, new ClientProfileUpdate("Stolen Inc")));
        var verify = await Assert.ThrowsAsync<DomainException>(() => Client.VerifyPaymentMethodAsync(stranger, "tok_visa4242"));

        Assert.Equal((ErrorCodes.Forbidden, ErrorCodes.Forbidden), (update.Code, verify.Code));
        Assert.Equal(before, await Client.GetAsync());
    }

    [Fact]
    public async Task A_profile_that_was_never_initialized_is_null_and_refuses_changes()
    {
        Assert.Null(await Client.GetAsync());

        var update = await Assert.ThrowsAsync<DomainException>(() => Client.UpdateProfileAsync(_id, new ClientProfileUpdate("Costa Labs")));
        var verify = await Assert.ThrowsAsync<DomainException>(() => Client.VerifyPaymentMethodAsync(_id, "tok_visa4242"));

        Assert.Equal((ErrorCodes.NotFound, ErrorCodes.NotFound), (update.Code, verify.Code));
        Assert.Null(await Client.GetAsync());
    }
}

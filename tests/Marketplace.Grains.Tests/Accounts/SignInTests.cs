using Actors.Runtime.Testing;
using Marketplace.Accounts;
using Testing;

namespace Marketplace.Grains.Tests.Accounts;

public sealed class SignInTests : IAsyncLifetime
{
    private readonly ManualTimeProvider _clock = new();
    private TestCluster _cluster = null!;

    public async Task InitializeAsync() => _cluster = await MarketplaceCluster.StartAsync(_clock);

    public async Task DisposeAsync() => await _cluster.DisposeAsync();

    private IAccountGrain Account(string email) => _cluster.GrainFactory.GetGrain<IAccountGrain>(AccountKeys.Normalize(email));

    [Fact]
    public async Task An_unknown_email_and_a_wrong_password_are_refused_alike()
    {
        var command = SignUps.Client();
        await Account(command.Email).SignUpAsync(command);

        var wrongPassword = await Assert.ThrowsAsync<DomainException>(() => Account(command.Email).SignInAsync("correct horse batterY"));
        var unknownEmail = await Assert.ThrowsAsync<DomainException>(() => Account(SignUps.NewEmail()).SignInAsync(SignUps.Password));

        Assert.Equal(ErrorCodes.InvalidCredentials, wrongPassword.Code);
        Assert.Equal((unknownEmail.Code, unknownEmail.Message, unknownEmail.Field), (wrongPassword.Code, wrongPassword.Message, wrongPassword.Field));
        Assert.Null(wrongPassword.Field);
    }

    [Fact]
    public async Task A_failed_sign_in_on_an_unknown_email_creates_no_record_and_the_email_stays_free()
    {
        var email = SignUps.NewEmail();

        await Assert.ThrowsAsync<DomainException>(() => Account(email).SignInAsync(SignUps.Password));

        Assert.Null(await StoredRecords.ReadAsync(_cluster, "account", email, "account"));
        var command = SignUps.Freelancer(email);
        Assert.Equal(command.UserId, (await Account(email).SignUpAsync(command)).UserId);
    }

    [Fact]
    public async Task A_failed_sign_in_changes_nothing_and_the_right_password_still_works()
    {
        var command = SignUps.Freelancer();
        var created = await Account(command.Email).SignUpAsync(command);
        var before = await StoredRecords.ReadAsync(_cluster, "account", command.Email, "account");

        await Assert.ThrowsAsync<DomainException>(() => Account(command.Email).SignInAsync(""));
        await Assert.ThrowsAsync<DomainException>(() => Account(command.Email).SignInAsync(SignUps.Password + " "));

        Assert.Equal(before!.ETag, (await StoredRecords.ReadAsync(_cluster, "account", command.Email, "account"))!.ETag);
        Assert.Equal(created, await Account(command.Email).SignInAsync(SignUps.Password));
    }
}

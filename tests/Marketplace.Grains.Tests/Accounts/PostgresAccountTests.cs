using System.Text;
using Marketplace.Accounts;
using Marketplace.Grains.Hosting;
using Marketplace.Profiles;
using Testing;
using Testing.Postgres;

namespace Marketplace.Grains.Tests.Accounts;

/// <summary>Accounts and profiles on PostgreSQL: what was signed up and edited is there after a restart.</summary>
public sealed class PostgresAccountTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    private readonly ManualTimeProvider _clock = new();

    [Fact]
    public async Task A_freelancer_account_and_profile_survive_a_restart()
    {
        await using var cluster = await MarketplaceCluster.StartOnPostgresAsync(database, _clock);
        var command = SignUps.Freelancer();
        var created = await cluster.GrainFactory.GetGrain<IAccountGrain>(command.Email).SignUpAsync(command);
        var profile = await cluster.GrainFactory.GetGrain<IFreelancerGrain>(command.UserId)
            .UpdateProfileAsync(command.UserId, new FreelancerProfileUpdate(Title: "Go developer", Skills: ["Go", "SQL"], HourlyRateCents: 7_000, Country: "pt"));

        await cluster.RestartAsync();

        var account = cluster.GrainFactory.GetGrain<IAccountGrain>(command.Email);
        Assert.Equal(created, await account.SignInAsync(SignUps.Password));
        Assert.Equal(ErrorCodes.InvalidCredentials, (await Assert.ThrowsAsync<DomainException>(() => account.SignInAsync("wrong password!"))).Code);
        Assert.Equal(created, await account.SignUpAsync(command));
        var taken = await Assert.ThrowsAsync<DomainException>(() => account.SignUpAsync(SignUps.Client(command.Email)));
        Assert.Equal(ErrorCodes.AlreadyExists, taken.Code);
        Assert.Equivalent(profile, await cluster.GrainFactory.GetGrain<IFreelancerGrain>(command.UserId).GetAsync(), strict: true);
        var events = await StoredRecords.EventsAsync(cluster, AccountStreams.Account, command.UserId, 1);
        Assert.Equal(created.UserId, Assert.IsType<AccountCreated>(Assert.Single(events)).UserId);
    }

    [Fact]
    public async Task A_client_profile_with_a_verified_payment_method_survives_a_restart()
    {
        await using var cluster = await MarketplaceCluster.StartOnPostgresAsync(database, _clock);
        var command = SignUps.Client();
        await cluster.GrainFactory.GetGrain<IAccountGrain>(command.Email).SignUpAsync(command);
        var client = cluster.GrainFactory.GetGrain<IClientGrain>(command.UserId);
        await client.UpdateProfileAsync(command.UserId, new ClientProfileUpdate("Costa Labs", "BR"));
        var verified = await client.VerifyPaymentMethodAsync(command.UserId, "tok_visa4242");

        await cluster.RestartAsync();

        Assert.Equal(verified, await cluster.GrainFactory.GetGrain<IClientGrain>(command.UserId).GetAsync());
        Assert.Equal(Role.Client, (await cluster.GrainFactory.GetGrain<IAccountGrain>(command.Email).SignInAsync(SignUps.Password)).Role);
    }

    [Fact]
    public async Task After_the_iterations_setting_changes_old_accounts_still_sign_in_and_new_ones_use_the_new_setting()
    {
        var iterations = 1_000;
        await using var cluster = await MarketplaceCluster.StartOnPostgresAsync(database, _clock,
            options => options.ConfigureServices = services => services.AddMarketplaceGrains(grains => grains.PasswordIterations = iterations));
        var before = SignUps.Freelancer();
        await cluster.GrainFactory.GetGrain<IAccountGrain>(before.Email).SignUpAsync(before);

        iterations = 2_000;
        await cluster.RestartAsync();
        var after = SignUps.Client();
        await cluster.GrainFactory.GetGrain<IAccountGrain>(after.Email).SignUpAsync(after);

        Assert.Equal(before.UserId, (await cluster.GrainFactory.GetGrain<IAccountGrain>(before.Email).SignInAsync(SignUps.Password)).UserId);
        Assert.Equal(after.UserId, (await cluster.GrainFactory.GetGrain<IAccountGrain>(after.Email).SignInAsync(SignUps.Password)).UserId);
        Assert.Contains("pbkdf2-sha256$1000$", await StoredJsonAsync(before.Email), StringComparison.Ordinal);
        Assert.Contains("pbkdf2-sha256$2000$", await StoredJsonAsync(after.Email), StringComparison.Ordinal);

        async Task<string> StoredJsonAsync(string email) =>
            Encoding.UTF8.GetString((await StoredRecords.ReadAsync(cluster, "account", email, "account"))!.Payload.Span);
    }
}

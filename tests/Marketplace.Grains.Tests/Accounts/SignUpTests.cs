using Actors.Runtime.Testing;
using Marketplace.Accounts;
using Marketplace.Profiles;
using Testing;

namespace Marketplace.Grains.Tests.Accounts;

public sealed class SignUpTests : IAsyncLifetime
{
    private readonly ManualTimeProvider _clock = new();
    private TestCluster _cluster = null!;

    public async Task InitializeAsync() => _cluster = await MarketplaceCluster.StartAsync(_clock);

    public async Task DisposeAsync() => await _cluster.DisposeAsync();

    private IAccountGrain Account(string email) => _cluster.GrainFactory.GetGrain<IAccountGrain>(AccountKeys.Normalize(email));

    [Fact]
    public async Task A_freelancer_signs_up_then_signs_in_with_any_casing_of_the_email()
    {
        var command = SignUps.Freelancer();

        var created = await Account(command.Email).SignUpAsync(command);
        var signedIn = await Account(command.Email.ToUpperInvariant() + "  ").SignInAsync(SignUps.Password);

        Assert.Equal(new AccountView(command.UserId, command.Email, Role.Freelancer, "Ana Lima", _clock.GetUtcNow()), created);
        Assert.Equal(created, signedIn);
    }

    [Fact]
    public async Task Sign_up_records_account_created_on_the_accounts_stream()
    {
        var command = SignUps.Client();

        await Account(command.Email).SignUpAsync(command);

        var events = await StoredRecords.EventsAsync(_cluster, AccountStreams.Account, command.UserId, 1);
        Assert.Equal(new AccountCreated(command.UserId, command.Email, Role.Client, "Bruno Costa", _clock.GetUtcNow()), Assert.Single(events));
    }

    [Fact]
    public async Task A_freelancer_sign_up_creates_the_freelancer_profile_with_the_display_name()
    {
        var command = SignUps.Freelancer() with { DisplayName = "  Ana Lima  " };

        await Account(command.Email).SignUpAsync(command);

        var profile = await _cluster.GrainFactory.GetGrain<IFreelancerGrain>(command.UserId).GetAsync();
        Assert.NotNull(profile);
        Assert.Equal("Ana Lima", profile.DisplayName);
        Assert.Null(await _cluster.GrainFactory.GetGrain<IClientGrain>(command.UserId).GetAsync());
    }

    [Fact]
    public async Task A_client_sign_up_creates_the_client_profile()
    {
        var command = SignUps.Client();

        await Account(command.Email).SignUpAsync(command);

        var profile = await _cluster.GrainFactory.GetGrain<IClientGrain>(command.UserId).GetAsync();
        Assert.Equal(new ClientProfileView(command.UserId, "Bruno Costa", "", null, false, null, _clock.GetUtcNow()), profile);
        Assert.Null(await _cluster.GrainFactory.GetGrain<IFreelancerGrain>(command.UserId).GetAsync());
    }

    [Fact]
    public async Task Repeating_a_sign_up_answers_the_same_account_and_writes_nothing_more()
    {
        var command = SignUps.Freelancer();
        var first = await Account(command.Email).SignUpAsync(command);
        var stored = await StoredRecords.ReadAsync(_cluster, "account", command.Email, "account");
        _clock.Advance(TimeSpan.FromMinutes(1));

        var again = await Account(command.Email).SignUpAsync(command);

        Assert.Equal(first, again);
        Assert.Equal(stored!.ETag, (await StoredRecords.ReadAsync(_cluster, "account", command.Email, "account"))!.ETag);
        Assert.Equal(1, await StoredRecords.LastSequenceAsync(_cluster, AccountStreams.Account, command.UserId));
    }

    [Fact]
    public async Task A_taken_email_is_refused_for_another_user_id_or_another_password_and_the_first_account_stays()
    {
        var first = SignUps.Freelancer();
        var created = await Account(first.Email).SignUpAsync(first);

        SignUp[] others =
        [
            SignUps.Freelancer(first.Email),
            first with { Password = "another long password" },
            first with { Role = Role.Client },
            SignUps.Client(first.Email.ToUpperInvariant()),
        ];
        foreach (var other in others)
        {
            var refused = await Assert.ThrowsAsync<DomainException>(() => Account(other.Email).SignUpAsync(other));
            Assert.Equal(ErrorCodes.AlreadyExists, refused.Code);
            Assert.Equal("email", refused.Field);
        }

        Assert.Equal(created, await Account(first.Email).SignInAsync(SignUps.Password));
        await Assert.ThrowsAsync<DomainException>(() => Account(first.Email).SignInAsync("another long password"));
        Assert.Null(await _cluster.GrainFactory.GetGrain<IClientGrain>(others[3].UserId).GetAsync());
    }

    [Theory]
    [InlineData("email", "not-an-email", SignUps.Password, "Ana Lima")]
    [InlineData("password", null, "nine char", "Ana Lima")]
    [InlineData("password", null, "", "Ana Lima")]
    [InlineData("displayName", null, SignUps.Password, "")]
    [InlineData("displayName", null, SignUps.Password, "   ")]
    public async Task Bad_input_is_refused_naming_the_field_and_creates_nothing(string field, string? email, string password, string displayName)
    {
        var key = SignUps.NewEmail();
        var command = SignUps.Freelancer(email ?? key) with { Password = password, DisplayName = displayName };

        var refused = await Assert.ThrowsAsync<DomainException>(() => Account(key).SignUpAsync(command));

        Assert.Equal(ErrorCodes.InvalidInput, refused.Code);
        Assert.Equal(field, refused.Field);
        await AssertNothingCreatedAsync(key, command.UserId);
    }

    [Fact]
    public async Task Limits_are_inclusive_a_10_and_a_200_character_password_and_a_100_character_name_are_accepted()
    {
        var shortest = SignUps.Freelancer() with { Password = new string('p', 10), DisplayName = new string('n', 100) };
        var longest = SignUps.Client() with { Password = new string('p', 200) };

        await Account(shortest.Email).SignUpAsync(shortest);
        await Account(longest.Email).SignUpAsync(longest);

        Assert.Equal(shortest.UserId, (await Account(shortest.Email).SignInAsync(new string('p', 10))).UserId);
        Assert.Equal(longest.UserId, (await Account(longest.Email).SignInAsync(new string('p', 200))).UserId);
    }

    [Fact]
    public async Task One_character_past_each_limit_is_refused()
    {
        var key = SignUps.NewEmail();
        (string Field, SignUp Command)[] cases =
        [
            ("password", SignUps.Freelancer(key) with { Password = new string('p', 201) }),
            ("displayName", SignUps.Freelancer(key) with { DisplayName = new string('n', 101) }),
        ];

        foreach (var (field, command) in cases)
        {
            var refused = await Assert.ThrowsAsync<DomainException>(() => Account(key).SignUpAsync(command));
            Assert.Equal((ErrorCodes.InvalidInput, field), (refused.Code, refused.Field));
            await AssertNothingCreatedAsync(key, command.UserId);
        }
    }

    [Fact]
    public async Task An_email_other_than_the_grains_key_is_refused()
    {
        var key = SignUps.NewEmail();
        var command = SignUps.Freelancer();

        var refused = await Assert.ThrowsAsync<DomainException>(() => Account(key).SignUpAsync(command));

        Assert.Equal((ErrorCodes.InvalidInput, "email"), (refused.Code, refused.Field));
        await AssertNothingCreatedAsync(key, command.UserId);
    }

    [Fact]
    public async Task Sign_up_as_admin_is_forbidden_and_creates_nothing()
    {
        var command = SignUps.Freelancer() with { Role = Role.Admin };

        var refused = await Assert.ThrowsAsync<DomainException>(() => Account(command.Email).SignUpAsync(command));

        Assert.Equal(ErrorCodes.Forbidden, refused.Code);
        await AssertNothingCreatedAsync(command.Email, command.UserId);
    }

    [Fact]
    public async Task An_admin_is_registered_without_a_profile_and_signs_in()
    {
        var command = SignUps.Client() with { Role = Role.Admin, DisplayName = "Operations" };

        var created = await Account(command.Email).RegisterAdminAsync(command);

        Assert.Equal(Role.Admin, created.Role);
        Assert.Equal(created, await Account(command.Email).SignInAsync(SignUps.Password));
        Assert.Equal(created, await Account(command.Email).RegisterAdminAsync(command));
        Assert.Null(await _cluster.GrainFactory.GetGrain<IClientGrain>(command.UserId).GetAsync());
        Assert.Null(await _cluster.GrainFactory.GetGrain<IFreelancerGrain>(command.UserId).GetAsync());
    }

    [Fact]
    public async Task Register_admin_refuses_another_role()
    {
        var command = SignUps.Client();

        var refused = await Assert.ThrowsAsync<DomainException>(() => Account(command.Email).RegisterAdminAsync(command));

        Assert.Equal((ErrorCodes.InvalidInput, "role"), (refused.Code, refused.Field));
        await AssertNothingCreatedAsync(command.Email, command.UserId);
    }

    [Fact]
    public async Task The_password_is_stored_only_as_a_pbkdf2_hash_with_the_configured_iterations()
    {
        var command = SignUps.Freelancer();

        await Account(command.Email).SignUpAsync(command);

        var stored = await StoredRecords.ReadAsync(_cluster, "account", command.Email, "account");
        var json = System.Text.Encoding.UTF8.GetString(stored!.Payload.Span);
        Assert.DoesNotContain(SignUps.Password, json, StringComparison.Ordinal);
        Assert.Contains("\"pbkdf2-sha256$1000$", json, StringComparison.Ordinal); // MarketplaceCluster sets 1,000 iterations
        Assert.DoesNotContain(SignUps.Password, command.ToString(), StringComparison.Ordinal);
    }

    private async Task AssertNothingCreatedAsync(string key, string userId)
    {
        Assert.Null(await StoredRecords.ReadAsync(_cluster, "account", AccountKeys.Normalize(key), "account"));
        Assert.Null(await _cluster.GrainFactory.GetGrain<IFreelancerGrain>(userId).GetAsync());
        Assert.Null(await _cluster.GrainFactory.GetGrain<IClientGrain>(userId).GetAsync());
        Assert.Equal(0, await StoredRecords.LastSequenceAsync(_cluster, AccountStreams.Account, userId));
        var signIn = await Assert.ThrowsAsync<DomainException>(() => Account(key).SignInAsync(SignUps.Password));
        Assert.Equal(ErrorCodes.InvalidCredentials, signIn.Code);
    }
}

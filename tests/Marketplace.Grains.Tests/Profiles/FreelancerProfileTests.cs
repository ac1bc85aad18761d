using Actors.Runtime.Testing;
using Marketplace.Grains.Tests.Accounts;
using Marketplace.Profiles;
using Testing;

namespace Marketplace.Grains.Tests.Profiles;

public sealed class FreelancerProfileTests : IAsyncLifetime
{
    private readonly ManualTimeProvider _clock = new();
    private readonly string _id = Guid.NewGuid().ToString("N");
    private TestCluster _cluster = null!;

    public async Task InitializeAsync() => _cluster = await MarketplaceCluster.StartAsync(_clock);

    public async Task DisposeAsync() => await _cluster.DisposeAsync();

    private IFreelancerGrain Freelancer => _cluster.GrainFactory.GetGrain<IFreelancerGrain>(_id);

    [Fact]
    public async Task A_profile_that_was_never_initialized_is_null_and_cannot_be_updated()
    {
        Assert.Null(await Freelancer.GetAsync());

        var refused = await Assert.ThrowsAsync<DomainException>(() => Freelancer.UpdateProfileAsync(_id, new FreelancerProfileUpdate(Title: "Go developer")));

        Assert.Equal(ErrorCodes.NotFound, refused.Code);
        Assert.Null(await Freelancer.GetAsync());
    }

    [Fact]
    public async Task Initializing_twice_keeps_the_first_profile()
    {
        var first = await Freelancer.InitializeAsync("Ana Lima");
        await Freelancer.UpdateProfileAsync(_id, new FreelancerProfileUpdate(Title: "Go developer"));
        _clock.Advance(TimeSpan.FromHours(1));

        await Freelancer.InitializeAsync("Someone Else");

        var profile = await Freelancer.GetAsync();
        Assert.Equal(("Ana Lima", "Go developer", first.UpdatedAt), (profile!.DisplayName, profile.Title, profile.UpdatedAt));
    }

    [Fact]
    public async Task An_update_changes_only_the_fields_it_gives_and_records_the_new_profile()
    {
        await Freelancer.InitializeAsync("Ana Lima");
        _clock.Advance(TimeSpan.FromMinutes(5));

        await Freelancer.UpdateProfileAsync(_id, new FreelancerProfileUpdate(
            Title: "Senior Go developer", Overview: "Ten years of backend work.", Skills: ["Go", "PostgreSQL", "gRPC"],
            HourlyRateCents: 8_500, Availability: Availability.PartTime, Country: "pt"));
        _clock.Advance(TimeSpan.FromMinutes(5));
        var updated = await Freelancer.UpdateProfileAsync(_id, new FreelancerProfileUpdate(HourlyRateCents: 9_000));

        var expected = new FreelancerProfileView(_id, "Ana Lima", "Senior Go developer", "Ten years of backend work.", ["Go", "PostgreSQL", "gRPC"],
            9_000, Availability.PartTime, "PT", _clock.GetUtcNow());
        Assert.Equivalent(expected, updated, strict: true);
        Assert.Equivalent(expected, await Freelancer.GetAsync(), strict: true);
        var events = await StoredRecords.EventsAsync(_cluster, ProfileStreams.Freelancer, _id, 2);
        Assert.Equivalent(expected, Assert.IsType<FreelancerProfileUpdated>(events[1]).Profile, strict: true);
        Assert.Equal("PT", Assert.IsType<FreelancerProfileUpdated>(events[0]).Profile.Country);
    }

    [Fact]
    public async Task Empty_values_clear_title_overview_country_and_skills()
    {
        await Freelancer.InitializeAsync("Ana Lima");
        await Freelancer.UpdateProfileAsync(_id, new FreelancerProfileUpdate(Title: "Go developer", Overview: "Backend.", Skills: ["Go"], Country: "PT"));

        var cleared = await Freelancer.UpdateProfileAsync(_id, new FreelancerProfileUpdate(Title: "", Overview: " ", Skills: [], Country: ""));

        Assert.Equal(("", "", null), (cleared.Title, cleared.Overview, cleared.Country));
        Assert.Empty(cleared.Skills);
    }

    [Fact]
    public async Task Skills_keep_their_case_and_the_limits_are_inclusive()
    {
        await Freelancer.InitializeAsync("Ana Lima");
        var fifteen = Enumerable.Range(1, 15).Select(i => $"Skill{i}").Append(new string('s', 50)).Skip(1).ToList();

        var withMost = await Freelancer.UpdateProfileAsync(_id, new FreelancerProfileUpdate(
            Title: new string('t', 100), Overview: new string('o', 5_000), Skills: fifteen, HourlyRateCents: 300));
        var withCase = await Freelancer.UpdateProfileAsync(_id, new FreelancerProfileUpdate(Skills: ["iOS", "C#"], HourlyRateCents: 10_000_000));

        Assert.Equal(fifteen, withMost.Skills);
        Assert.Equal(300, withMost.HourlyRateCents);
        Assert.Equal(["iOS", "C#"], withCase.Skills);
        Assert.Equal(10_000_000, withCase.HourlyRateCents);
    }

    public static TheoryData<string, FreelancerProfileUpdate> BadUpdates => new()
    {
        { "displayName", new FreelancerProfileUpdate(DisplayName: " ") },
        { "displayName", new FreelancerProfileUpdate(DisplayName: new string('n', 101)) },
        { "title", new FreelancerProfileUpdate(Title: new string('t', 101)) },
        { "overview", new FreelancerProfileUpdate(Overview: new string('o', 5_001)) },
        { "skills", new FreelancerProfileUpdate(Skills: [.. Enumerable.Range(1, 16).Select(i => $"Skill{i}")]) },
        { "skills", new FreelancerProfileUpdate(Skills: ["Go", "go"]) },
        { "skills", new FreelancerProfileUpdate(Skills: ["Go", " "]) },
        { "skills", new FreelancerProfileUpdate(Skills: [new string('s', 51)]) },
        { "hourlyRateCents", new FreelancerProfileUpdate(HourlyRateCents: 299) },
        { "hourlyRateCents", new FreelancerProfileUpdate(HourlyRateCents: 0) },
        { "hourlyRateCents", new FreelancerProfileUpdate(HourlyRateCents: 10_000_001) },
        { "availability", new FreelancerProfileUpdate(Availability: (Availability)7) },
        { "country", new FreelancerProfileUpdate(Country: "PRT") },
        { "country", new FreelancerProfileUpdate(Country: "P1") },
        { "country", new FreelancerProfileUpdate(Country: "P") },
        // One bad field refuses the whole update, the good fields with it.
        { "hourlyRateCents", new FreelancerProfileUpdate(Title: "Rust developer", HourlyRateCents: 100) },
    };

    [Theory]
    [MemberData(nameof(BadUpdates))]
    public async Task A_refused_update_names_the_field_and_leaves_the_profile_as_it_was(string field, FreelancerProfileUpdate update)
    {
        await Freelancer.InitializeAsync("Ana Lima");
        var before = await Freelancer.UpdateProfileAsync(_id, new FreelancerProfileUpdate(Title: "Go developer", Skills: ["Go"], HourlyRateCents: 5_000, Country: "PT"));
        _clock.Advance(TimeSpan.FromMinutes(1));

        var refused = await Assert.ThrowsAsync<DomainException>(() => Freelancer.UpdateProfileAsync(_id, update));

        Assert.Equal((ErrorCodes.InvalidInput, field), (refused.Code, refused.Field));
        Assert.Equivalent(before, await Freelancer.GetAsync(), strict: true);
        Assert.Equal(1, await StoredRecords.LastSequenceAsync(_cluster, ProfileStreams.Freelancer, _id));
    }

    [Fact]
    public async Task Another_user_may_not_update_the_profile()
    {
        var before = await Freelancer.InitializeAsync("Ana Lima");

        var refused = await Assert.ThrowsAsync<DomainException>(() =>
            Freelancer.UpdateProfileAsync(Guid.NewGuid().ToString("N"), new FreelancerProfileUpdate(Title: "Hijacked")));

        Assert.Equal(ErrorCodes.Forbidden, refused.Code);
        Assert.Equivalent(before, await Freelancer.GetAsync(), strict: true);
        Assert.Equal(0, await StoredRecords.LastSequenceAsync(_cluster, ProfileStreams.Freelancer, _id));
    }

    [Fact]
    public async Task An_update_that_changes_nothing_writes_nothing()
    {
        await Freelancer.InitializeAsync("Ana Lima");
        var before = await Freelancer.UpdateProfileAsync(_id, new FreelancerProfileUpdate(Skills: ["Go"], Country: "PT"));
        _clock.Advance(TimeSpan.FromMinutes(1));

        var same = await Freelancer.UpdateProfileAsync(_id, new FreelancerProfileUpdate(Skills: ["Go"], Country: "pt"));

        Assert.Equivalent(before, same, strict: true);
        Assert.Equal(1, await StoredRecords.LastSequenceAsync(_cluster, ProfileStreams.Freelancer, _id));
    }

    [Fact]
    public async Task Initializing_with_a_bad_display_name_creates_nothing()
    {
        var refused = await Assert.ThrowsAsync<DomainException>(() => Freelancer.InitializeAsync(""));

        Assert.Equal((ErrorCodes.InvalidInput, "displayName"), (refused.Code, refused.Field));
        Assert.Null(await Freelancer.GetAsync());
    }
}

using Actors.Runtime.Serialization;

namespace Actors.Runtime.Tests.Serialization;

public sealed class VersionToleranceTests
{
    private static readonly V2.Profile NewProfile = new(
        "ada",
        36,
        new V2.Address("London", ["1 Main St", "Flat 2"]),
        [new V2.Address("Paris", [])],
        new BidPlaced(3m, Guid.NewGuid()),
        4.5,
        "countess");

    [Fact]
    public void An_old_reader_skips_fields_it_does_not_know_including_nested_and_typed_ones()
    {
        var old = Convert<V2.Profile, V1.Profile>(NewProfile);

        Assert.Equal(new V1.Profile("ada", 36), old);
    }

    [Fact]
    public void Unknown_fields_inside_nested_values_and_lists_are_skipped()
    {
        var envelope = new V2.Envelope(NewProfile, [NewProfile, NewProfile with { Name = "bob" }], "end");

        var old = Convert<V2.Envelope, V1.Envelope>(envelope);

        Assert.Equal(new V1.Profile("ada", 36), old.Owner);
        Assert.Equal([new V1.Profile("ada", 36), new V1.Profile("bob", 36)], old.Members);
        Assert.Equal("end", old.Trailer);
    }

    [Fact]
    public void A_new_reader_leaves_missing_fields_at_their_defaults()
    {
        var profile = Convert<V1.Profile, V2.Profile>(new V1.Profile("ada", 36));

        Assert.Equal("ada", profile.Name);
        Assert.Equal(36, profile.Age);
        Assert.Null(profile.Home);
        Assert.Null(profile.LastEvent);
        Assert.Equal(0, profile.Score);
        Assert.Equal("none", profile.Nickname); // the constructor parameter's default value
    }

    [Fact]
    public void A_missing_settable_member_keeps_the_value_its_type_initializes_it_with()
    {
        var settings = Convert<V1.Settings, V2.Settings>(new V1.Settings { Theme = "dark", Count = 3 });

        Assert.Equal("dark", settings.Theme);
        Assert.Equal(3L, settings.Count);
        Assert.Equal(["default"], settings.Tags);
    }

    [Fact]
    public void An_integer_member_may_widen_and_narrow_back_while_the_value_fits()
    {
        Assert.Equal(7, Convert<V2.Settings, V1.Settings>(new V2.Settings { Count = 7 }).Count);
        Assert.Throws<WireFormatException>(() => Convert<V2.Settings, V1.Settings>(new V2.Settings { Count = long.MaxValue }));
    }

    [Fact]
    public void Each_inheritance_level_tolerates_added_fields_on_its_own()
    {
        var client = new V2.Client
        {
            Name = "acme",
            Address = new V2.Address("Berlin", ["Hauptstr. 1"]),
            Jobs = 4,
            Offices = new Dictionary<string, V2.Address> { ["hq"] = new("Berlin", []) },
        };

        var old = Convert<V2.Client, V1.Client>(client);
        var back = Convert<V1.Client, V2.Client>(old);

        Assert.Equal("acme", old.Name);
        Assert.Equal(4, old.Jobs);
        Assert.Equal("acme", back.Name);
        Assert.Null(back.Address);
        Assert.Equal(4, back.Jobs);
        Assert.Empty(back.Offices);
    }

    private static TTo Convert<TFrom, TTo>(TFrom value) => Serializer.Deserialize<TTo>(Serializer.SerializeToArray(value));
}

using Actors.Runtime.Serialization;

namespace Actors.Runtime.Tests.Serialization;

public sealed class PolymorphismTests
{
    [Fact]
    public void Members_of_an_abstract_type_keep_each_value_s_runtime_type()
    {
        var at = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var log = new EventLog { Events = [new BidPlaced(10m, Guid.NewGuid()), new JobClosed("filled", at, Guid.NewGuid())] };

        var copy = RoundTrip(log);

        Assert.Equal(log.Events, copy.Events);
        Assert.IsType<BidPlaced>(copy.Events[0]);
        Assert.IsType<JobClosed>(copy.Events[1]);
    }

    [Fact]
    public void Interface_and_object_members_carry_classes_and_boxed_structs()
    {
        var heartbeat = new Heartbeat(Guid.NewGuid(), 42);
        var bid = new BidPlaced(5m, Guid.NewGuid());
        var log = new EventLog { Latest = heartbeat, Payload = bid };

        var copy = RoundTrip(log);

        Assert.Equal(heartbeat, copy.Latest);
        Assert.Equal(bid, copy.Payload);
    }

    [Fact]
    public void A_non_sealed_type_carries_its_own_instances_and_its_subclasses()
    {
        var animal = RoundTrip(new EventLog { Pet = new Animal { Name = "generic" } }).Pet;
        var dog = RoundTrip(new EventLog { Pet = new Dog { Name = "rex", Barks = 3 } }).Pet;

        Assert.Equal(typeof(Animal), animal!.GetType());
        Assert.Equal("generic", animal.Name);
        var typedDog = Assert.IsType<Dog>(dog);
        Assert.Equal("rex", typedDog.Name);
        Assert.Equal(3, typedDog.Barks);
    }

    [Fact]
    public void A_derived_record_serializes_its_base_level_members()
    {
        var bid = new BidPlaced(99.5m, Guid.NewGuid());

        Assert.Equal(bid, RoundTrip(bid));
        Assert.Equal(bid, RoundTrip<MarketEvent>(bid));
        Assert.Equal(bid, RoundTrip<IMarketEvent>(bid));
        Assert.Equal(bid, RoundTrip<object>(bid));
    }

    [Fact]
    public void A_subclass_without_a_serializer_fails_naming_it()
    {
        var log = new EventLog { Pet = new Cat { Name = "tom" } };

        var error = Assert.Throws<CodecNotFoundException>(() => Serializer.SerializeToArray(log));

        Assert.Contains(typeof(Cat).FullName!, error.Message);
        Assert.Contains("[GenerateSerializer]", error.Message);
    }

    [Fact]
    public void A_payload_naming_a_type_that_is_not_the_declared_one_is_rejected()
    {
        var payload = Serializer.SerializeToArray<object>(new Money(1, "USD"));

        var error = Assert.Throws<WireFormatException>(() => Serializer.Deserialize<MarketEvent>(payload));

        Assert.Contains(typeof(Money).FullName!, error.Message);
    }

    private static T RoundTrip<T>(T value) => Serializer.Deserialize<T>(Serializer.SerializeToArray(value));
}

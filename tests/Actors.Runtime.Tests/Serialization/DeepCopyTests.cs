using System.Collections.Immutable;
using Actors.Runtime.Serialization;

namespace Actors.Runtime.Tests.Serialization;

public sealed class DeepCopyTests
{
    [Fact]
    public void Immutable_values_are_returned_as_they_are()
    {
        var text = new string('a', 3);
        var money = new Money(1, "USD");
        var snapshot = new Snapshot { Values = [1] };
        var closed = new JobClosed("done", DateTime.UtcNow, Guid.NewGuid());
        var dates = ImmutableArray.Create(DateTime.UtcNow);

        Assert.Same(text, Serializer.DeepCopy(text));
        Assert.Same(money, Serializer.DeepCopy(money));
        Assert.Same(snapshot, Serializer.DeepCopy(snapshot));
        Assert.Same(closed, Serializer.DeepCopy<MarketEvent>(closed));
        Assert.Same(closed, Serializer.DeepCopy<object>(closed));
        Assert.True(Serializer.DeepCopy(dates) == dates);
    }

    [Fact]
    public void Is_immutable_knows_primitives_records_of_immutables_and_marked_types()
    {
        Assert.True(Serializer.IsImmutable<int>());
        Assert.True(Serializer.IsImmutable<string>());
        Assert.True(Serializer.IsImmutable<Guid>());
        Assert.True(Serializer.IsImmutable<DateTime>());
        Assert.True(Serializer.IsImmutable<DateTimeOffset>());
        Assert.True(Serializer.IsImmutable<TimeSpan>());
        Assert.True(Serializer.IsImmutable<decimal>());
        Assert.True(Serializer.IsImmutable<JobStatus>());
        Assert.True(Serializer.IsImmutable<DayOfWeek>());
        Assert.True(Serializer.IsImmutable<int?>());
        Assert.True(Serializer.IsImmutable<Money>());
        Assert.True(Serializer.IsImmutable<Rate>());
        Assert.True(Serializer.IsImmutable<Coordinates>()); // a struct of immutables is copied by value
        Assert.True(Serializer.IsImmutable<Snapshot>()); // [Immutable]
        Assert.True(Serializer.IsImmutable<Milestone>()); // sealed, init-only members of immutable types
        Assert.True(Serializer.IsImmutable<ImmutableArray<Money>>());
    }

    [Fact]
    public void Is_immutable_is_false_for_anything_that_can_change()
    {
        Assert.False(Serializer.IsImmutable<JobPost>()); // settable properties
        Assert.False(Serializer.IsImmutable<Tally>()); // a struct holding a list
        Assert.False(Serializer.IsImmutable<Animal>()); // not sealed: a subclass may add mutable state
        Assert.False(Serializer.IsImmutable<MarketEvent>());
        Assert.False(Serializer.IsImmutable<IMarketEvent>());
        Assert.False(Serializer.IsImmutable<object>());
        Assert.False(Serializer.IsImmutable<byte[]>());
        Assert.False(Serializer.IsImmutable<List<int>>());
        Assert.False(Serializer.IsImmutable<ImmutableArray<JobPost>>());
        Assert.False(Serializer.IsImmutable<Node>());
        Assert.False(Serializer.IsImmutable<NotSerializable>());
    }

    [Fact]
    public void A_mutable_value_is_copied_deeply_and_the_copy_is_independent()
    {
        var original = new JobPost
        {
            Title = "t",
            Skills = ["a"],
            Counts = new Dictionary<string, int> { ["x"] = 1 },
            Budget = new Money(1, "USD"),
        };

        var copy = Serializer.DeepCopy(original);
        copy.Skills.Add("b");
        copy.Counts["x"] = 2;
        copy.Title = "changed";

        Assert.NotSame(original, copy);
        Assert.NotSame(original.Skills, copy.Skills);
        Assert.Equal(["a"], original.Skills);
        Assert.Equal(1, original.Counts["x"]);
        Assert.Equal("t", original.Title);
        Assert.Same(original.Budget, copy.Budget); // immutable members are shared
    }

    [Fact]
    public void Collections_structs_and_polymorphic_values_are_copied()
    {
        var tally = new Tally { Counts = [1] };
        var tallyCopy = Serializer.DeepCopy(tally);
        tallyCopy.Counts.Add(2);
        Assert.Equal([1], tally.Counts);

        var nested = new List<List<int>> { new() { 1 } };
        var nestedCopy = Serializer.DeepCopy(nested);
        nestedCopy[0].Add(2);
        Assert.Equal([1], nested[0]);

        var dictionary = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase) { ["A"] = 1 };
        Assert.Equal(1, Serializer.DeepCopy(dictionary)["a"]);

        Animal dog = new Dog { Name = "rex", Barks = 1 };
        var dogCopy = Assert.IsType<Dog>(Serializer.DeepCopy(dog));
        dogCopy.Barks = 2;
        Assert.Equal(1, ((Dog)dog).Barks);

        var bytes = new byte[] { 1 };
        var bytesCopy = Serializer.DeepCopy(bytes);
        bytesCopy[0] = 9;
        Assert.Equal(1, bytes[0]);
    }

    [Fact]
    public void A_cycle_fails_with_a_clear_exception_instead_of_overflowing_the_stack()
    {
        var node = new Node { Value = 1 };
        node.Next = node;

        var copyError = Assert.Throws<InvalidOperationException>(() => Serializer.DeepCopy(node));
        var writeError = Assert.Throws<InvalidOperationException>(() => Serializer.SerializeToArray(node));

        Assert.Contains("cycle", copyError.Message);
        Assert.Contains(typeof(Node).FullName!, writeError.Message);
    }

    [Fact]
    public void A_deep_but_finite_graph_is_copied()
    {
        var head = new Node { Value = 0 };
        var tail = head;
        for (var i = 1; i < Serializer.MaxDepth - 1; i++)
        {
            tail.Next = new Node { Value = i };
            tail = tail.Next;
        }

        var copy = Serializer.DeepCopy(head);
        var roundTripped = Serializer.Deserialize<Node>(Serializer.SerializeToArray(head));

        Assert.NotSame(head.Next, copy.Next);
        Assert.Equal(1, roundTripped.Next!.Value);
    }
}

using Actors.Runtime.Messaging;
using Actors.Runtime.Serialization;
using Actors.Runtime.Tests.TestGrains;
using ActorsGenerated.Actors.Runtime.Tests.TestGrains;
using Microsoft.Extensions.DependencyInjection;

namespace Actors.Runtime.Tests.Grains;

/// <summary>Every generated request class has a codec, so a message can cross to another silo.</summary>
[Collection(MemoryClusterCollection.Name)]
public sealed class MessageSerializationTests(MemoryClusterFixture fixture)
{
    [Fact]
    public async Task A_grain_reference_travels_as_an_argument_and_stays_callable()
    {
        var a = fixture.Grains.GetGrain<IPingGrain>($"asker-{Guid.NewGuid():N}");
        var b = fixture.Grains.GetGrain<IPingGrain>($"answerer-{Guid.NewGuid():N}");
        var request = new Proxy_IPingGrain.AskPongRequest3 { Arg0 = b };
        using var bound = GrainReferenceSender.Use(fixture.Cluster.Services.GetRequiredService<Activation.SiloRuntime>());

        var copy = Serializer.Deserialize<Message>(Serializer.SerializeToArray<Message>(request));

        var travelled = Assert.IsType<Proxy_IPingGrain.AskPongRequest3>(copy).Arg0;
        Assert.Equal(b, travelled);
        Assert.StartsWith("pong from answerer-", await travelled.Pong());
        Assert.StartsWith("pong from answerer-", await a.AskPong(b));
    }

    [Fact]
    public void A_request_with_arguments_round_trips_through_its_generated_codec()
    {
        var request = new Proxy_IShortlistGrain.AddRequest0 { Arg0 = ["ada", "grace"] };

        var copy = Serializer.Deserialize<Proxy_IShortlistGrain.AddRequest0>(Serializer.SerializeToArray(request));

        Assert.Equal(["ada", "grace"], copy.Arg0);
        Assert.Equal("IShortlistGrain.Add", copy.MethodName);
    }

    [Fact]
    public void A_request_travels_as_a_message_and_keeps_its_concrete_type()
    {
        Message request = new Proxy_IReminderGrain.ScheduleRequest0 { Arg0 = "auto-release", Arg1 = TimeSpan.FromDays(14), Arg2 = null };

        var copy = Serializer.Deserialize<Message>(Serializer.SerializeToArray(request));

        var schedule = Assert.IsType<Proxy_IReminderGrain.ScheduleRequest0>(copy);
        Assert.Equal(("auto-release", TimeSpan.FromDays(14), (TimeSpan?)null), (schedule.Arg0, schedule.Arg1, schedule.Arg2));
    }
}

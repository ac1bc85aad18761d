namespace Actors.Runtime.Tests.Serialization;

public interface IMarketEvent
{
    Guid EventId { get; }
}

/// <summary>An abstract base with a positional member that derived records pass on.</summary>
[GenerateSerializer]
public abstract record MarketEvent([Id(0)] Guid EventId) : IMarketEvent;

[GenerateSerializer]
public sealed record BidPlaced([Id(0)] decimal Amount, Guid EventId) : MarketEvent(EventId);

[GenerateSerializer]
public sealed record JobClosed([Id(0)] string Reason, [Id(1)] DateTime At, Guid EventId) : MarketEvent(EventId);

/// <summary>A struct implementing an interface, boxed when held as one.</summary>
[GenerateSerializer]
public readonly record struct Heartbeat([Id(0)] Guid EventId, [Id(1)] long Sequence) : IMarketEvent;

/// <summary>A concrete, non-sealed base type: its own instances and its subclasses travel in the same member.</summary>
[GenerateSerializer]
public class Animal
{
    [Id(0)]
    public string Name { get; set; } = string.Empty;
}

[GenerateSerializer]
public sealed class Dog : Animal
{
    [Id(0)]
    public int Barks { get; set; }
}

/// <summary>Not marked: its instances cannot travel.</summary>
public sealed class Cat : Animal;

[GenerateSerializer]
public sealed class EventLog
{
    [Id(0)]
    public List<MarketEvent> Events { get; set; } = [];

    [Id(1)]
    public IMarketEvent? Latest { get; set; }

    [Id(2)]
    public object? Payload { get; set; }

    [Id(3)]
    public Animal? Pet { get; set; }
}

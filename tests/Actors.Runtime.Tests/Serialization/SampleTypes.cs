using System.Collections.Immutable;

namespace Actors.Runtime.Tests.Serialization;

[GenerateSerializer]
public enum JobStatus : byte
{
    Draft = 0,
    Open = 1,
    Closed = 200,
}

public enum HugeFlags : ulong
{
    None = 0,
    Top = ulong.MaxValue,
}

[GenerateSerializer]
public sealed record Money([Id(0)] long AmountMinor, [Id(1)] string Currency);

[GenerateSerializer]
public sealed record Offer([Id(0)] string Text, [Id(1)] int Days = 30);

[GenerateSerializer]
public sealed class JobPost
{
    [Id(0)]
    public Guid Id { get; set; }

    [Id(1)]
    public string Title { get; set; } = string.Empty;

    [Id(2)]
    public Money Budget { get; set; } = new(0, "USD");

    [Id(3)]
    public List<string> Skills { get; set; } = [];

    [Id(4)]
    public Dictionary<string, int> Counts { get; set; } = [];

    [Id(5)]
    public JobStatus Status { get; set; }

    [Id(6)]
    public DateTime PostedAt { get; set; }

    [Id(7)]
    public int? Hours { get; set; }

    [Id(8)]
    public Money? Bonus { get; set; }

    [Id(9)]
    public string? Notes { get; set; }

    public string NotSerialized { get; set; } = "initial";
}

[GenerateSerializer]
public struct Coordinates
{
    [Id(0)]
    public double Latitude;

    [Id(1)]
    public double Longitude;
}

[GenerateSerializer]
public readonly record struct Rate([Id(0)] decimal Amount, [Id(1)] string Currency);

[GenerateSerializer]
public sealed class Milestone
{
    [Id(0)]
    public string Title { get; init; } = string.Empty;

    [Id(1)]
    public required decimal Amount { get; init; }

    [Id(2)]
    public ImmutableArray<DateTimeOffset> Deadlines { get; init; }
}

/// <summary>Assigned through a constructor whose parameters are named after the members.</summary>
[GenerateSerializer]
public sealed class Account
{
    public Account(string owner, long balance)
    {
        Owner = owner;
        Balance = balance;
    }

    [Id(0)]
    public string Owner { get; }

    [Id(1)]
    public long Balance { get; }
}

/// <summary>The shape of the request classes the grain proxy generator emits.</summary>
[GenerateSerializer]
public sealed class InvokeMessage
{
    [Id(0)]
    public int Arg0;

    [Id(1)]
    public string? Arg1;

    [Id(2)]
    public List<Money>? Arg2;

    [Id(3)]
    public int @class;
}

public static class Outer
{
    [GenerateSerializer]
    public sealed record Inner([Id(0)] int Value);
}

/// <summary>A linked list, to show that cycles fail clearly.</summary>
[GenerateSerializer]
public sealed class Node
{
    [Id(0)]
    public int Value { get; set; }

    [Id(1)]
    public Node? Next { get; set; }
}

/// <summary>Promised immutable even though its list could change.</summary>
[Immutable]
[GenerateSerializer]
public sealed class Snapshot
{
    [Id(0)]
    public List<int> Values { get; set; } = [];
}

/// <summary>A struct holding a mutable list: copied by value, but its list must be copied too.</summary>
[GenerateSerializer]
public struct Tally
{
    [Id(0)]
    public List<int> Counts { get; set; }
}

/// <summary>Every built-in type as a member.</summary>
[GenerateSerializer]
public sealed record Everything(
    [Id(0)] bool Flag,
    [Id(1)] byte Byte,
    [Id(2)] sbyte SByte,
    [Id(3)] short Short,
    [Id(4)] ushort UShort,
    [Id(5)] int Int,
    [Id(6)] uint UInt,
    [Id(7)] long Long,
    [Id(8)] ulong ULong,
    [Id(9)] float Float,
    [Id(10)] double Double,
    [Id(11)] decimal Decimal,
    [Id(12)] char Char,
    [Id(13)] string Text,
    [Id(14)] Guid Guid,
    [Id(15)] DateTime Time,
    [Id(16)] DateTimeOffset Offset,
    [Id(17)] TimeSpan Span,
    [Id(18)] byte[] Bytes,
    [Id(19)] ReadOnlyMemory<byte> Memory,
    [Id(20)] HugeFlags Flags,
    [Id(21)] int? Maybe,
    [Id(22)] string[] Array,
    [Id(23)] IReadOnlyList<Money> ReadOnlyList,
    [Id(24)] IReadOnlyDictionary<Guid, string> ReadOnlyDictionary,
    [Id(25)] HashSet<string> Set,
    [Id(26)] ImmutableArray<int> Immutable,
    [Id(27)] Exception? Error);

public sealed class NotSerializable
{
    public int Value { get; set; }
}

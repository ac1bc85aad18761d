using System.Buffers;
using System.Collections.Immutable;
using Actors.Runtime.Serialization;

namespace Actors.Runtime.Tests.Serialization;

public sealed class BuiltInCodecTests
{
    [Fact]
    public void Integers_round_trip_at_their_limits()
    {
        AssertRoundTrips(true, false);
        AssertRoundTrips(byte.MinValue, byte.MaxValue);
        AssertRoundTrips(sbyte.MinValue, sbyte.MaxValue, (sbyte)-1);
        AssertRoundTrips(short.MinValue, short.MaxValue);
        AssertRoundTrips(ushort.MinValue, ushort.MaxValue);
        AssertRoundTrips(int.MinValue, int.MaxValue, 0, -1, 300);
        AssertRoundTrips(uint.MinValue, uint.MaxValue);
        AssertRoundTrips(long.MinValue, long.MaxValue, -129L);
        AssertRoundTrips(ulong.MinValue, ulong.MaxValue);
        AssertRoundTrips('a', 'é', char.MaxValue);
    }

    [Fact]
    public void Floating_point_and_decimal_values_round_trip_exactly()
    {
        AssertRoundTrips(0f, -0f, float.Epsilon, float.MaxValue, float.NaN, float.NegativeInfinity, 3.14159f);
        AssertRoundTrips(0d, double.Epsilon, double.MinValue, double.NaN, double.PositiveInfinity, Math.PI);
        AssertRoundTrips(decimal.MinValue, decimal.MaxValue, 0.0001m, -12345.6789m, 1.10m);
        Assert.Equal("1.10", RoundTrip(1.10m).ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Strings_round_trip_including_null_empty_unicode_and_large()
    {
        AssertRoundTrips("", "hello", "żółw 🐢 漢字", new string('x', 100_000));
        Assert.Null(RoundTrip<string?>(null));
    }

    [Fact]
    public void Guid_and_time_values_round_trip()
    {
        AssertRoundTrips(Guid.Empty, Guid.NewGuid());
        AssertRoundTrips(TimeSpan.Zero, TimeSpan.MinValue, TimeSpan.MaxValue, TimeSpan.FromMilliseconds(-1500));
        AssertRoundTrips(
            DateTimeOffset.MinValue,
            DateTimeOffset.MaxValue,
            new DateTimeOffset(2025, 3, 4, 5, 6, 7, TimeSpan.FromHours(5.5)),
            new DateTimeOffset(2025, 3, 4, 5, 6, 7, TimeSpan.FromHours(-8)));
        Assert.Equal(TimeSpan.FromHours(5.5), RoundTrip(new DateTimeOffset(2025, 3, 4, 5, 6, 7, TimeSpan.FromHours(5.5))).Offset);
    }

    [Fact]
    public void DateTime_travels_as_utc()
    {
        var utc = new DateTime(2025, 1, 2, 3, 4, 5, 678, DateTimeKind.Utc).AddTicks(9);
        var roundTripped = RoundTrip(utc);
        Assert.Equal(utc, roundTripped);
        Assert.Equal(DateTimeKind.Utc, roundTripped.Kind);

        var local = new DateTime(2025, 6, 1, 12, 0, 0, DateTimeKind.Local);
        Assert.Equal(local.ToUniversalTime(), RoundTrip(local));
        Assert.Equal(DateTime.MaxValue, RoundTrip(DateTime.MaxValue));
    }

    [Fact]
    public void Bytes_round_trip_and_never_alias_the_payload()
    {
        Assert.Null(RoundTrip<byte[]?>(null));
        Assert.Empty(RoundTrip(Array.Empty<byte>()));
        var large = Enumerable.Range(0, 70_000).Select(i => (byte)i).ToArray();
        Assert.Equal(large, RoundTrip(large));

        var payload = Serializer.SerializeToArray(new ReadOnlyMemory<byte>([1, 2, 3]));
        var memory = Serializer.Deserialize<ReadOnlyMemory<byte>>(payload);
        payload.AsSpan().Clear();
        Assert.Equal(new byte[] { 1, 2, 3 }, memory.ToArray());
    }

    [Fact]
    public void Enums_round_trip_by_numeric_value_including_undefined_ones()
    {
        AssertRoundTrips(JobStatus.Draft, JobStatus.Open, JobStatus.Closed, (JobStatus)77);
        AssertRoundTrips(DayOfWeek.Sunday, DayOfWeek.Saturday);
        AssertRoundTrips(HugeFlags.None, HugeFlags.Top);
        AssertRoundTrips(StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Nullable_values_round_trip_with_and_without_a_value()
    {
        Assert.Null(RoundTrip<int?>(null));
        Assert.Equal(42, RoundTrip<int?>(42));
        Assert.Equal(JobStatus.Open, RoundTrip<JobStatus?>(JobStatus.Open));
        Assert.Null(RoundTrip<Coordinates?>(null));
        Assert.Equal(new Coordinates { Latitude = 1, Longitude = 2 }, RoundTrip<Coordinates?>(new Coordinates { Latitude = 1, Longitude = 2 }));
    }

    [Fact]
    public void Arrays_and_lists_round_trip_with_null_items()
    {
        Assert.Equal(new[] { "a", null, "c" }, RoundTrip(new[] { "a", null, "c" }));
        Assert.Empty(RoundTrip(Array.Empty<int>()));
        Assert.Null(RoundTrip<int[]?>(null));
        Assert.Equal([1, 2, 3], RoundTrip(new List<int> { 1, 2, 3 }));
        Assert.Null(RoundTrip<List<int>?>(null));
        var nested = new List<List<string?>?> { new() { "x", null }, null, new() };
        Assert.Equal(nested, RoundTrip(nested));
    }

    [Fact]
    public void Read_only_lists_round_trip_from_any_implementation()
    {
        IReadOnlyList<int> fromList = new List<int> { 4, 5 };
        IReadOnlyList<int> fromArray = new[] { 6, 7 };
        IReadOnlyList<int> fromImmutable = ImmutableList.Create(8, 9);
        Assert.Equal([4, 5], RoundTrip(fromList));
        Assert.Equal([6, 7], RoundTrip(fromArray));
        Assert.Equal([8, 9], RoundTrip(fromImmutable));
    }

    [Fact]
    public void Immutable_arrays_round_trip_including_the_default_one()
    {
        Assert.True(RoundTrip(default(ImmutableArray<int>)).IsDefault);
        Assert.Empty(RoundTrip(ImmutableArray<int>.Empty));
        Assert.Equal([1, 2], RoundTrip(ImmutableArray.Create(1, 2)).ToArray());
    }

    [Fact]
    public void Dictionaries_and_sets_round_trip()
    {
        var dictionary = new Dictionary<string, Money?> { ["a"] = new Money(100, "USD"), ["b"] = null };
        Assert.Equal(dictionary, RoundTrip(dictionary));
        Assert.Null(RoundTrip<Dictionary<int, int>?>(null));

        IReadOnlyDictionary<Guid, int> readOnly = new Dictionary<Guid, int> { [Guid.NewGuid()] = 1, [Guid.NewGuid()] = 2 };
        Assert.Equal(readOnly, RoundTrip(readOnly));
        IReadOnlyDictionary<int, string> immutable = ImmutableDictionary.CreateRange([KeyValuePair.Create(1, "one")]);
        Assert.Equal(immutable, RoundTrip(immutable));

        var set = new HashSet<string> { "x", "y" };
        Assert.Equal(set, RoundTrip(set));
    }

    [Fact]
    public void Grain_ids_round_trip_and_are_immutable()
    {
        var id = new GrainId("job", "0f8fad5bd9cb469fa16570867728950e");

        Assert.Equal(id, RoundTrip(id));
        Assert.Equal([id], RoundTrip(new List<GrainId> { id }));
        Assert.True(Serializer.IsImmutable<GrainId>());
    }

    [Fact]
    public void A_record_holding_every_built_in_type_round_trips()
    {
        var value = new Everything(
            true, 1, -2, -3, 4, -5, 6, -7, 8, 9.5f, 10.25, 11.75m, 'c', "text", Guid.NewGuid(),
            new DateTime(2024, 2, 29, 0, 0, 0, DateTimeKind.Utc), DateTimeOffset.UnixEpoch, TimeSpan.FromDays(1),
            [1, 2], new byte[] { 3, 4 }, HugeFlags.Top, null, ["s"], [new Money(1, "EUR")],
            new Dictionary<Guid, string> { [Guid.Empty] = "empty" }, ["set"], [5, 6], null);

        var copy = RoundTrip(value);

        Assert.Equal(Scalars(value), Scalars(copy));
        Assert.Equal(value.Bytes, copy.Bytes);
        Assert.Equal(value.Memory.ToArray(), copy.Memory.ToArray());
        Assert.Equal(value.Array, copy.Array);
        Assert.Equal(value.ReadOnlyList, copy.ReadOnlyList);
        Assert.Equal(value.ReadOnlyDictionary, copy.ReadOnlyDictionary);
        Assert.Equal(value.Set, copy.Set);
        Assert.Equal(value.Immutable.ToArray(), copy.Immutable.ToArray());
        Assert.Null(copy.Error);
    }

    [Fact]
    public void Serialize_writes_to_any_buffer_writer_and_deserialize_reads_a_multi_segment_sequence()
    {
        var value = new JobPost { Title = new string('t', 500), Skills = ["c#", "sql"], Notes = "n" };
        var output = new SmallSegmentBufferWriter(segmentSize: 7);

        Serializer.Serialize(value, output);

        var sequence = output.ToSequence();
        Assert.False(sequence.IsSingleSegment);
        var copy = Serializer.Deserialize<JobPost>(sequence);
        Assert.Equal(value.Title, copy.Title);
        Assert.Equal(value.Skills, copy.Skills);
        Assert.Equal(Serializer.SerializeToArray(value), sequence.ToArray());
    }

    /// <summary>The members compared by value: everything but the collections.</summary>
    private static Everything Scalars(Everything value) =>
        value with { Bytes = [], Memory = default, Array = [], ReadOnlyList = [], ReadOnlyDictionary = null!, Set = null!, Immutable = default };

    private static T RoundTrip<T>(T value) => Serializer.Deserialize<T>(Serializer.SerializeToArray(value));

    private static void AssertRoundTrips<T>(params T[] values)
    {
        foreach (var value in values)
        {
            Assert.Equal(value, RoundTrip(value));
        }
    }

    /// <summary>Hands out tiny spans and keeps each as its own segment, to exercise buffer boundaries.</summary>
    private sealed class SmallSegmentBufferWriter(int segmentSize) : IBufferWriter<byte>
    {
        private readonly List<byte[]> _segments = [];
        private byte[] _current = [];

        public void Advance(int count)
        {
            if (count > 0)
            {
                _segments.Add(_current[..count]);
            }
        }

        public Memory<byte> GetMemory(int sizeHint = 0)
        {
            _current = new byte[Math.Max(sizeHint, segmentSize)];
            return _current;
        }

        public Span<byte> GetSpan(int sizeHint = 0) => GetMemory(sizeHint).Span;

        public ReadOnlySequence<byte> ToSequence()
        {
            Segment? first = null;
            Segment? last = null;
            foreach (var bytes in _segments)
            {
                var segment = new Segment(bytes, last?.RunningIndex + last?.Memory.Length ?? 0);
                if (last is null)
                {
                    first = segment;
                }
                else
                {
                    last.Append(segment);
                }

                last = segment;
            }

            return new ReadOnlySequence<byte>(first!, 0, last!, last!.Memory.Length);
        }

        private sealed class Segment : ReadOnlySequenceSegment<byte>
        {
            public Segment(byte[] bytes, long runningIndex)
            {
                Memory = bytes;
                RunningIndex = runningIndex;
            }

            public void Append(Segment next) => Next = next;
        }
    }
}

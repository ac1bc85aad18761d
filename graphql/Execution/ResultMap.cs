using System.Collections;
using System.Text.Json;
using Actors.GraphQL.Types;

namespace Actors.GraphQL.Execution;

/// <summary>
/// An object in the response's <c>data</c>: field results in selection order. Values are null,
/// <see cref="string"/>, <see cref="bool"/>, <see cref="int"/>, <see cref="long"/>, <see cref="double"/>,
/// nested <see cref="ResultMap"/>s, or arrays of those.
/// </summary>
/// <remarks>
/// The executor makes one per object of the response from the object's grouped field set (whose keys it shares),
/// and completes its values in place; the same object remembers the value it was made of and where it sits in its
/// parent, for null propagation. Maps made with the public constructor are filled with <see cref="Add"/>.
/// </remarks>
public sealed class ResultMap : ResultNode, IReadOnlyList<KeyValuePair<string, object?>>
{
    /// <summary>The values of a map the executor made, one per field of <see cref="Plan"/>; empty for a map filled with <see cref="Add"/>.</summary>
    private readonly object?[] _values;

    /// <summary>The entries of a map filled with <see cref="Add"/>; null for a map the executor made.</summary>
    private readonly List<KeyValuePair<string, object?>>? _added;

    public ResultMap()
        : base(null, 0)
    {
        _values = [];
        _added = [];
    }

    internal ResultMap(SelectionPlan plan, object? source, ResultNode? parent, int parentSlot)
        : base(parent, parentSlot)
    {
        Plan = plan;
        Source = source;
        _values = new object?[plan.Fields.Length];
    }

    public int Count => _added?.Count ?? _values.Length;

    /// <summary>The grouped field set this object's entries are the fields of (null for a map filled with <see cref="Add"/>).</summary>
    internal SelectionPlan? Plan { get; }

    /// <summary>The object value whose fields are resolved: the parent value of every field of <see cref="Plan"/>.</summary>
    internal object? Source { get; }

    /// <summary>The object completed after this one in the same <see cref="ExecutionLevel"/>.</summary>
    internal ResultMap? NextInLevel { get; set; }

    public KeyValuePair<string, object?> this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)Count, nameof(index));
            return _added?[index] ?? new(Plan!.Keys[index], _values[index]);
        }
    }

    /// <summary>The value of <paramref name="key"/>, or null when there is no such entry.</summary>
    public object? this[string key]
    {
        get
        {
            if (_added is not null)
            {
                var entry = _added.FindIndex(pair => pair.Key == key);
                return entry < 0 ? null : _added[entry].Value;
            }

            var index = Array.IndexOf(Plan!.Keys, key);
            return index < 0 ? null : _values[index];
        }
    }

    /// <summary>Adds an entry to a map made with the public constructor.</summary>
    public void Add(string key, object? value)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (_added is null)
        {
            throw new InvalidOperationException("The entries of a map the executor made are its grouped field set; none can be added.");
        }

        _added.Add(new(key, value));
    }

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The keys already escaped as JSON property names, when the executor made this map.</summary>
    internal JsonEncodedText[]? EncodedKeys => Plan?.EncodedKeys;

    /// <summary>The value of entry <paramref name="index"/> of a map the executor made.</summary>
    internal object? ValueAt(int index) => _values[index];

    internal override string KeyOf(int slot) => this[slot].Key;

    internal override bool IsNonNullSlot(int slot) => Plan!.Fields[slot].Definition.Type is NonNullType;

    internal override void SetSlot(int slot, object? value) => _values[slot] = value;
}

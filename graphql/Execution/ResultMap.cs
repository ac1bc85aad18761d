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
    private string[] _keys;
    private object?[] _values;
    private int _count;

    public ResultMap()
        : base(null, 0)
    {
        _keys = [];
        _values = [];
    }

    internal ResultMap(SelectionPlan plan, object? source, ResultNode? parent, int parentSlot)
        : base(parent, parentSlot)
    {
        Plan = plan;
        Source = source;
        _keys = plan.Keys;
        _values = new object?[_keys.Length];
        _count = _keys.Length;
    }

    public int Count => _count;

    /// <summary>The grouped field set this object's entries are the fields of (null for a map filled with <see cref="Add"/>).</summary>
    internal SelectionPlan? Plan { get; }

    /// <summary>The object value whose fields are resolved: the parent value of every field of <see cref="Plan"/>.</summary>
    internal object? Source { get; }

    public KeyValuePair<string, object?> this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)_count, nameof(index));
            return new(_keys[index], _values[index]);
        }
    }

    /// <summary>The value of <paramref name="key"/>, or null when there is no such entry.</summary>
    public object? this[string key]
    {
        get
        {
            var index = Array.IndexOf(_keys, key, 0, _count);
            return index < 0 ? null : _values[index];
        }
    }

    /// <summary>Adds an entry to a map made with the public constructor.</summary>
    public void Add(string key, object? value)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (Plan is not null)
        {
            throw new InvalidOperationException("The entries of a map the executor made are its grouped field set; none can be added.");
        }

        if (_count == _keys.Length)
        {
            var capacity = Math.Max(4, _count * 2);
            Array.Resize(ref _keys, capacity);
            Array.Resize(ref _values, capacity);
        }

        _keys[_count] = key;
        _values[_count] = value;
        _count++;
    }

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var i = 0; i < _count; i++)
        {
            yield return new(_keys[i], _values[i]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The keys already escaped as JSON property names, when the executor made this map.</summary>
    internal JsonEncodedText[]? EncodedKeys => Plan?.EncodedKeys;

    internal object? ValueAt(int index) => _values[index];

    internal override string KeyOf(int slot) => _keys[slot];

    internal override bool IsNonNullSlot(int slot) => Plan!.Fields[slot].Definition.Type is NonNullType;

    internal override void SetSlot(int slot, object? value) => _values[slot] = value;
}

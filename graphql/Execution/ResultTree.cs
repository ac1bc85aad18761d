using Actors.GraphQL.Types;

namespace Actors.GraphQL.Execution;

/// <summary>
/// A container of the response being built — an object (<see cref="ResultObject"/>) or a list
/// (<see cref="ResultList"/>) — that knows the slot it fills in its parent, so that a null in a non-null
/// slot can replace the nearest nullable ancestor (spec §6.4.4 "Handling Execution Errors").
/// </summary>
internal abstract class ResultNode(ResultNode? parent, int parentSlot)
{
    /// <summary>The container holding this one; null for the response's <c>data</c>.</summary>
    public ResultNode? Parent { get; } = parent;

    /// <summary>This container's slot in <see cref="Parent"/>.</summary>
    public int ParentSlot { get; } = parentSlot;

    /// <summary>True once this container was replaced by null: nothing below it reaches the response.</summary>
    public bool IsNulled { get; set; }

    /// <summary>Whether the value in <paramref name="slot"/> must not be null.</summary>
    public abstract bool IsNonNullSlot(int slot);

    public abstract void SetSlot(int slot, object? value);
}

/// <summary>An object of the response: its <see cref="ResultMap"/> has one entry per field of its grouped field set, filled in as they complete.</summary>
internal sealed class ResultObject : ResultNode
{
    public ResultObject(SelectionPlan plan, ResultNode? parent, int parentSlot, ResponsePath? path)
        : base(parent, parentSlot)
    {
        Plan = plan;
        Path = path;
        var fields = plan.Fields;
        Map = new ResultMap(fields.Length);
        foreach (var field in fields)
        {
            Map.Add(field.ResponseKey, null);
        }
    }

    public SelectionPlan Plan { get; }

    /// <summary>Where this object is in the response; null for <c>data</c>.</summary>
    public ResponsePath? Path { get; }

    public ResultMap Map { get; }

    public override bool IsNonNullSlot(int slot) => Plan.Fields[slot].Definition.Type is NonNullType;

    public override void SetSlot(int slot, object? value) => Map[slot] = new KeyValuePair<string, object?>(Map[slot].Key, value);
}

/// <summary>A list of the response.</summary>
internal sealed class ResultList(ResultNode parent, int parentSlot, bool itemsNonNull, int capacity) : ResultNode(parent, parentSlot)
{
    public List<object?> Items { get; } = new(capacity);

    public override bool IsNonNullSlot(int slot) => itemsNonNull;

    public override void SetSlot(int slot, object? value) => Items[slot] = value;
}

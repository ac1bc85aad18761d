using System.Buffers;

namespace Actors.GraphQL.Execution;

/// <summary>
/// A container of the response being built — an object (<see cref="ResultMap"/>) or a list
/// (<see cref="ResultList"/>) — that knows the slot it fills in its parent, so that a null in a non-null
/// slot can replace the nearest nullable ancestor (spec §6.4.4 "Handling Execution Errors"), and so that
/// the response path of any slot can be made when it is needed (by an error or a resolver) and not before.
/// </summary>
public abstract class ResultNode
{
    private protected ResultNode(ResultNode? parent, int parentSlot)
    {
        Parent = parent;
        ParentSlot = parentSlot;
    }

    /// <summary>The container holding this one; null for the response's <c>data</c>.</summary>
    internal ResultNode? Parent { get; }

    /// <summary>This container's slot in <see cref="Parent"/>.</summary>
    internal int ParentSlot { get; }

    /// <summary>True once this container was replaced by null: nothing below it reaches the response.</summary>
    internal bool IsNulled { get; set; }

    /// <summary>Whether the value in <paramref name="slot"/> must not be null.</summary>
    internal abstract bool IsNonNullSlot(int slot);

    internal abstract void SetSlot(int slot, object? value);

    /// <summary>The path segment of <paramref name="slot"/> when it is a key; null for a list's index.</summary>
    internal abstract string? KeyOf(int slot);

    /// <summary>The response path of the value in <paramref name="slot"/>.</summary>
    internal ResponsePath PathOf(int slot)
    {
        var parentPath = Parent?.PathOf(ParentSlot);
        return KeyOf(slot) is { } key ? new ResponsePath(parentPath, key) : new ResponsePath(parentPath, slot);
    }
}

/// <summary>
/// A list of the response. Its items are an array of exactly the list's length: sized by the source's count when it
/// is a collection, else gathered in an array rented from the pool and copied out once by <see cref="Seal"/>.
/// </summary>
internal sealed class ResultList : ResultNode
{
    private const int FirstRentedLength = 16;
    private readonly bool _itemsNonNull;
    private bool _rented;

    /// <summary>A list in slot <paramref name="parentSlot"/> of <paramref name="parent"/>; <paramref name="knownCount"/> is the source's number of items, or -1 when it is not known before enumerating.</summary>
    public ResultList(ResultNode parent, int parentSlot, bool itemsNonNull, int knownCount)
        : base(parent, parentSlot)
    {
        _itemsNonNull = itemsNonNull;
        if (knownCount >= 0)
        {
            Items = knownCount == 0 ? [] : new object?[knownCount];
        }
        else
        {
            Items = ArrayPool<object?>.Shared.Rent(FirstRentedLength);
            _rented = true;
        }
    }

    /// <summary>The items so far (the first <see cref="Count"/> of them); after <see cref="Seal"/>, the list in the response.</summary>
    public object?[] Items { get; private set; }

    public int Count { get; private set; }

    internal override bool IsNonNullSlot(int slot) => _itemsNonNull;

    internal override void SetSlot(int slot, object? value) => Items[slot] = value;

    internal override string? KeyOf(int slot) => null;

    /// <summary>Makes room for one more item and gives its index.</summary>
    public int Append()
    {
        if (Count == Items.Length)
        {
            var larger = ArrayPool<object?>.Shared.Rent(Math.Max(FirstRentedLength, Items.Length * 2));
            Items.AsSpan(0, Count).CopyTo(larger);
            ReturnRented();
            Items = larger;
            _rented = true;
        }

        return Count++;
    }

    /// <summary>The completed list: an array of exactly <see cref="Count"/> items, which later nulls write into.</summary>
    public object?[] Seal()
    {
        if (_rented || Count < Items.Length)
        {
            var exact = Items.AsSpan(0, Count).ToArray();
            ReturnRented();
            Items = exact;
        }

        return Items;
    }

    private void ReturnRented()
    {
        if (_rented)
        {
            ArrayPool<object?>.Shared.Return(Items, clearArray: true);
            _rented = false;
        }
    }
}

namespace Actors.GraphQL.Execution;

/// <summary>
/// The path of a value being completed, not yet made: its parent's path and its key or index. Leaf values
/// that complete without an error never need theirs, so it is made only on demand.
/// </summary>
internal readonly struct PathStep
{
    private readonly ResponsePath? _parent;
    private readonly ResponsePath? _made;
    private readonly string? _key;
    private readonly int _index;

    private PathStep(ResponsePath? parent, ResponsePath? made, string? key, int index)
    {
        _parent = parent;
        _made = made;
        _key = key;
        _index = index;
    }

    /// <summary>A path that exists already.</summary>
    public static PathStep Of(ResponsePath path) => new(null, path, null, 0);

    /// <summary>The field <paramref name="key"/> of the object at <paramref name="parent"/> (null: <c>data</c>).</summary>
    public static PathStep Field(ResponsePath? parent, string key) => new(parent, null, key, 0);

    /// <summary>The item <paramref name="index"/> of the list at <paramref name="list"/>.</summary>
    public static PathStep Item(ResponsePath list, int index) => new(list, null, null, index);

    public ResponsePath Make() => _made ?? (_key is null ? new ResponsePath(_parent, _index) : new ResponsePath(_parent, _key));
}

namespace Actors.GraphQL.Execution;

/// <summary>
/// An object in the response's <c>data</c>: field results in selection order. Values are null,
/// <see cref="string"/>, <see cref="bool"/>, <see cref="int"/>, <see cref="long"/>, <see cref="double"/>,
/// nested <see cref="ResultMap"/>s, or <see cref="IReadOnlyList{T}"/> of those.
/// </summary>
public sealed class ResultMap : List<KeyValuePair<string, object?>>
{
    public ResultMap()
    {
    }

    public ResultMap(int capacity) : base(capacity)
    {
    }

    public void Add(string key, object? value) => Add(new KeyValuePair<string, object?>(key, value));

    /// <summary>The value of <paramref name="key"/> (a linear search: result objects are small).</summary>
    public object? this[string key] => this.FirstOrDefault(pair => pair.Key == key).Value;
}

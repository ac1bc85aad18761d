namespace Actors.GraphQL.Execution;

/// <summary>
/// The objects of one execution level: every object whose value is known and whose fields run together, so that the
/// DataLoaders they use batch (see <see cref="OperationExecutor"/>), in the order they were completed.
/// </summary>
/// <remarks>
/// The objects are chained through <see cref="ResultMap.NextInLevel"/>: each object joins exactly one level, once, so the
/// chain costs one reference per object and never copies — a level of a large response holds hundreds of objects, and
/// growing an array of them for every level was a good share of an execution's allocation and copying.
/// </remarks>
internal sealed class ExecutionLevel
{
    private ResultMap? _last;

    /// <summary>The first object of the level (follow <see cref="ResultMap.NextInLevel"/> for the others); null when it is empty.</summary>
    public ResultMap? First { get; private set; }

    public void Add(ResultMap target)
    {
        if (_last is null)
        {
            First = target;
        }
        else
        {
            _last.NextInLevel = target;
        }

        _last = target;
    }

    /// <summary>Empties the level to fill it again.</summary>
    public void Clear()
    {
        First = null;
        _last = null;
    }
}

namespace Actors.GraphQL.Execution;

/// <summary>
/// One field to execute on one object: where its value goes (<see cref="Target"/>, slot <see cref="Field"/>),
/// the parent value, and — between the start of its level and the level's completion — the resolver's
/// outcome. A struct kept in the level's list, so executing a field allocates no work item.
/// </summary>
internal struct FieldWork(ResultObject target, int field, object? source)
{
    public readonly ResultObject Target = target;

    /// <summary>The index of the field in <see cref="Target"/>'s grouped field set and result map.</summary>
    public readonly int Field = field;

    /// <summary>The parent object's value (the subscription event on a subscription's root field).</summary>
    public readonly object? Source = source;

    /// <summary>True on the root field of a subscription event: without a resolver, its value is the event itself.</summary>
    public bool IsEventRoot;

    public ResponsePath? Path;

    public object? Result;

    public Task<object?>? Pending;

    public Exception? Error;

    public readonly FieldPlan Plan => Target.Plan.Fields[Field];

    /// <summary>The field's response path, made on first use.</summary>
    public ResponsePath PathOf() => Path ??= new ResponsePath(Target.Path, Target.Plan.Fields[Field].ResponseKey);
}

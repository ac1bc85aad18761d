namespace Actors.GraphQL.Execution;

/// <summary>
/// A grouped field set (spec §6.3.2 CollectFields): the fields one object type's selection sets select, one
/// <see cref="FieldPlan"/> per response key, in the order the response writes them.
/// </summary>
internal sealed class SelectionPlan(Types.ObjectType type, FieldPlan[] fields)
{
    public Types.ObjectType Type { get; } = type;

    public FieldPlan[] Fields { get; } = fields;
}

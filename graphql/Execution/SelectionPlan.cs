using System.Text.Json;

namespace Actors.GraphQL.Execution;

/// <summary>
/// A grouped field set (spec §6.3.2 CollectFields): the fields one object type's selection sets select, one
/// <see cref="FieldPlan"/> per response key, in the order the response writes them.
/// </summary>
internal sealed class SelectionPlan(Types.ObjectType type, FieldPlan[] fields)
{
    private JsonEncodedText[]? _encodedKeys;

    public Types.ObjectType Type { get; } = type;

    public FieldPlan[] Fields { get; } = fields;

    /// <summary>The response keys, shared by every <see cref="ResultMap"/> made for this field set.</summary>
    public string[] Keys { get; } = Array.ConvertAll(fields, plan => plan.ResponseKey);

    /// <summary>The response keys as JSON property names, escaped once for every object written with them.</summary>
    public JsonEncodedText[] EncodedKeys => _encodedKeys ??= Array.ConvertAll(Fields, plan => JsonEncodedText.Encode(plan.ResponseKey));
}

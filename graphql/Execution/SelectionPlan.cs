using System.Text.Json;

namespace Actors.GraphQL.Execution;

/// <summary>
/// A grouped field set (spec §6.3.2 CollectFields): the fields one object type's selection sets select, one
/// <see cref="FieldPlan"/> per response key, in the order the response writes them.
/// </summary>
/// <remarks>
/// Shared by the concurrent requests of its <see cref="OperationPlan"/>. The encoded keys are made on first use; two requests
/// may both make them, and either array, equal to the other, is kept.
/// </remarks>
internal sealed class SelectionPlan(Types.ObjectType type, FieldPlan[] fields)
{
    private JsonEncodedText[]? _encodedKeys;
    private byte[][]? _utf8PropertyNames;

    public Types.ObjectType Type { get; } = type;

    public FieldPlan[] Fields { get; } = fields;

    /// <summary>The response keys, shared by every <see cref="ResultMap"/> made for this field set.</summary>
    public string[] Keys { get; } = Array.ConvertAll(fields, plan => plan.ResponseKey);

    /// <summary>The response keys as JSON property names, escaped once for every object written with them.</summary>
    public JsonEncodedText[] EncodedKeys => _encodedKeys ??= Array.ConvertAll(Fields, plan => JsonEncodedText.Encode(plan.ResponseKey));

    /// <summary>The response keys as UTF-8 JSON property names with their quotes and colon (<c>"key":</c>), for <see cref="ResponseJsonWriter"/>.</summary>
    public byte[][] Utf8PropertyNames => _utf8PropertyNames ??= Array.ConvertAll(EncodedKeys, key => (byte[])[(byte)'"', .. key.EncodedUtf8Bytes, (byte)'"', (byte)':']);
}

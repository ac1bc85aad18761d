using System.Text.Json;
using Actors.GraphQL.Language;

namespace Actors.GraphQL.Types.Scalars;

/// <summary>Boolean: true or false.</summary>
public sealed class BooleanType() : ScalarType("Boolean", "The `Boolean` scalar type represents `true` or `false`.")
{
    public override object Serialize(object value) => value switch
    {
        bool => value,
        int i => i != 0,
        long l => l != 0,
        _ => throw new CoercionException($"Boolean cannot represent a non boolean value: {IntType.Describe(value)}"),
    };

    public override object ParseValue(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => throw new CoercionException($"Boolean cannot represent a non boolean value: {value.GetRawText()}"),
    };

    public override object ParseLiteral(ValueNode literal) =>
        literal is BooleanValueNode node ? node.Value : throw new CoercionException($"Boolean cannot represent a non boolean value: {literal}");
}

using System.Globalization;
using System.Text.Json;
using Actors.GraphQL.Language;

namespace Actors.GraphQL.Types.Scalars;

/// <summary>String: UTF-8 text.</summary>
public sealed class StringType() : ScalarType("String", "The `String` scalar type represents textual data, represented as UTF-8 character sequences. The String type is most often used by GraphQL to represent free-form human-readable text.")
{
    public override object Serialize(object value) => value switch
    {
        string s => s,
        bool b => b ? "true" : "false",
        Enum e => e.ToString(),
        char c => c.ToString(),
        int or long or short or double or float or decimal => ((IFormattable)value).ToString(null, CultureInfo.InvariantCulture),
        Guid g => g.ToString(),
        _ => throw new CoercionException($"String cannot represent value: {IntType.Describe(value)}"),
    };

    public override object ParseValue(JsonElement value) =>
        value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw new CoercionException($"String cannot represent a non string value: {value.GetRawText()}");

    public override object ParseLiteral(ValueNode literal) =>
        literal is StringValueNode node ? node.Value : throw new CoercionException($"String cannot represent a non string value: {literal}");
}

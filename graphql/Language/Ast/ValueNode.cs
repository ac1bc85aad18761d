namespace Actors.GraphQL.Language;

/// <summary>
/// A value literal or a variable.
/// <code>Value[Const] : [~Const] Variable | IntValue | FloatValue | StringValue | BooleanValue | NullValue | EnumValue | ListValue[?Const] | ObjectValue[?Const]</code>
/// </summary>
public abstract record ValueNode : SyntaxNode;

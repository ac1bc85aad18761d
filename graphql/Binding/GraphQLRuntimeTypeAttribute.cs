namespace Actors.GraphQL.Binding;

/// <summary>
/// Marks a CLR type as the runtime type of the SDL object type <see cref="TypeName"/>: its values are objects of
/// that type, and its same-named public properties serve the fields that no resolver class serves. The same as
/// <see cref="SchemaBinding.BindRuntimeType{TRuntime}(string)"/>, found by <see cref="SchemaBinding.BindAll"/>.
/// </summary>
/// <example>
/// <code>
/// [GraphQLRuntimeType("UserError")]
/// public sealed record UserError(string Code, string Message, IReadOnlyList&lt;string&gt;? Field);
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class GraphQLRuntimeTypeAttribute(string typeName) : Attribute
{
    /// <summary>The name of the SDL object type whose values are of the marked type.</summary>
    public string TypeName { get; } = typeName;
}

using System.Text.Json;
using Actors.GraphQL.Language;

namespace Actors.GraphQL.Types;

/// <summary>
/// A scalar type with its three coercions: <see cref="Serialize"/> (a resolver's value to a response
/// value), <see cref="ParseValue"/> (a JSON variable to an input value) and <see cref="ParseLiteral"/>
/// (a document literal to an input value). Each throws <see cref="CoercionException"/> with the message
/// the client sees.
/// </summary>
public abstract class ScalarType(string name, string? description) : INamedType
{
    public string Name { get; } = name;

    public string? Description { get; } = description;

    public TypeKind Kind => TypeKind.Scalar;

    /// <summary>Output coercion: returns a response value (string, bool, int, long, double).</summary>
    public abstract object Serialize(object value);

    /// <summary>Input coercion of a variable value (never JSON null: the caller handles null).</summary>
    public abstract object ParseValue(JsonElement value);

    /// <summary>Input coercion of a literal (never a variable or null literal: the caller handles those).</summary>
    public abstract object ParseLiteral(ValueNode literal);

    public override string ToString() => Name;
}

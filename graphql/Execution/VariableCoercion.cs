using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Actors.GraphQL.Errors;
using Actors.GraphQL.Language;
using Actors.GraphQL.Types;

namespace Actors.GraphQL.Execution;

/// <summary>
/// CoerceVariableValues (spec §6.1.2) over the request's JSON <c>variables</c>, with the input coercion
/// rules of §3 for each type: defaults for variables not given, non-null checks, a single value where a
/// list is expected, input objects (required, unknown and <c>@oneOf</c> fields), enums by name and scalars
/// through <see cref="ScalarType.ParseValue"/>. Messages follow graphql-js, e.g.
/// <c>Variable "$id" of required type "ID!" was not provided.</c> and
/// <c>Variable "$input" got invalid value {"a":1} at "input.b"; …</c> (values are shown as compact JSON).
/// </summary>
internal sealed class VariableCoercion
{
    private static readonly JsonWriterOptions InspectOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly List<GraphQLError> _errors;
    private readonly List<object> _path = [];
    private VariableDefinitionNode _definition = null!;

    private VariableCoercion(List<GraphQLError> errors)
    {
        _errors = errors;
    }

    /// <summary>The coerced values by variable name; variables neither given nor defaulted are absent. Errors are added to <paramref name="errors"/>.</summary>
    public static IReadOnlyDictionary<string, object?> CoerceVariableValues(
        Schema schema, OperationDefinitionNode operation, JsonElement? inputs, List<GraphQLError> errors)
    {
        if (operation.VariableDefinitions.Count == 0)
        {
            return LiteralCoercion.NoArguments;
        }

        var values = inputs is { ValueKind: not (JsonValueKind.Null or JsonValueKind.Undefined) } given ? given : default;
        if (values.ValueKind is not (JsonValueKind.Object or JsonValueKind.Undefined))
        {
            errors.Add(GraphQLError.WithCode(
                "Variables must be provided as an Object where each property is a variable value.", ExecutionErrorCodes.BadUserInput));
            return LiteralCoercion.NoArguments;
        }

        var coercion = new VariableCoercion(errors);
        var coerced = new Dictionary<string, object?>(operation.VariableDefinitions.Count, StringComparer.Ordinal);
        foreach (var definition in operation.VariableDefinitions)
        {
            coercion.CoerceVariable(schema, definition, values, coerced);
        }

        return coerced;
    }

    /// <summary>The type a type reference names, or null when a named type is unknown.</summary>
    public static IGraphQLType? TypeFromAst(Schema schema, TypeNode node) => node switch
    {
        NamedTypeNode named => schema.GetType(named.Name.Value),
        ListTypeNode list => TypeFromAst(schema, list.Type) is { } item ? new ListType(item) : null,
        NonNullTypeNode nonNull => TypeFromAst(schema, nonNull.Type) is { } inner ? new NonNullType(inner) : null,
        _ => null,
    };

    private void CoerceVariable(Schema schema, VariableDefinitionNode definition, JsonElement values, Dictionary<string, object?> coerced)
    {
        _definition = definition;
        var name = definition.Variable.Name.Value;
        var type = TypeFromAst(schema, definition.Type);
        if (type is null || !TypeInfo.IsInputType(type))
        {
            Report($"Variable \"${name}\" expected value of type \"{Printer.Print(definition.Type)}\" which cannot be used as an input type.");
            return;
        }

        var value = default(JsonElement);
        var hasValue = values.ValueKind == JsonValueKind.Object && values.TryGetProperty(name, out value);
        if (!hasValue)
        {
            if (definition.DefaultValue is { } defaultValue)
            {
                if (LiteralCoercion.TryCoerce(defaultValue, type, null, out var defaulted))
                {
                    coerced[name] = defaulted;
                }
                else
                {
                    Report($"Variable \"${name}\" has invalid default value {Printer.Print(defaultValue)}.");
                }
            }
            else if (type is NonNullType)
            {
                Report($"Variable \"${name}\" of required type \"{type}\" was not provided.");
            }

            return;
        }

        if (value.ValueKind == JsonValueKind.Null)
        {
            if (type is NonNullType)
            {
                Report($"Variable \"${name}\" of non-null type \"{type}\" must not be null.");
                return;
            }

            coerced[name] = null;
            return;
        }

        var before = _errors.Count;
        var result = Coerce(value, type);
        if (_errors.Count == before)
        {
            coerced[name] = result;
        }
    }

    /// <summary>CoerceInputValue: one JSON value to <paramref name="type"/>; errors are reported with the path inside the variable.</summary>
    private object? Coerce(JsonElement value, IGraphQLType type)
    {
        if (type is NonNullType nonNull)
        {
            if (value.ValueKind == JsonValueKind.Null)
            {
                Invalid("null", $"Expected non-nullable type \"{type}\" not to be null.");
                return null;
            }

            return Coerce(value, nonNull.OfType);
        }

        if (value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        switch (type)
        {
            case ListType list:
                if (value.ValueKind != JsonValueKind.Array)
                {
                    return new List<object?>(1) { Coerce(value, list.OfType) };
                }

                var items = new List<object?>(value.GetArrayLength());
                foreach (var item in value.EnumerateArray())
                {
                    _path.Add(items.Count);
                    items.Add(Coerce(item, list.OfType));
                    _path.RemoveAt(_path.Count - 1);
                }

                return items;
            case InputObjectType inputObject:
                return CoerceInputObject(value, inputObject);
            case EnumType enumType:
                if (value.ValueKind != JsonValueKind.String)
                {
                    Invalid(Inspect(value), $"Enum \"{enumType.Name}\" cannot represent non-string value: {Inspect(value)}.");
                    return null;
                }

                var name = value.GetString()!;
                if (enumType.Value(name) is null)
                {
                    Invalid(Inspect(value), $"Value \"{name}\" does not exist in \"{enumType.Name}\" enum.");
                    return null;
                }

                return name;
            case ScalarType scalar:
                try
                {
                    return scalar.ParseValue(value);
                }
                catch (CoercionException exception)
                {
                    Invalid(Inspect(value), exception.Message);
                    return null;
                }

            default:
                Invalid(Inspect(value), $"Expected an input type, found \"{type}\".");
                return null;
        }
    }

    private Dictionary<string, object?>? CoerceInputObject(JsonElement value, InputObjectType type)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            Invalid(Inspect(value), $"Expected type \"{type.Name}\" to be an object.");
            return null;
        }

        var coerced = new Dictionary<string, object?>(type.Fields.Count, StringComparer.Ordinal);
        foreach (var field in type.Fields)
        {
            if (value.TryGetProperty(field.Name, out var fieldValue))
            {
                _path.Add(field.Name);
                coerced[field.Name] = Coerce(fieldValue, field.Type);
                _path.RemoveAt(_path.Count - 1);
            }
            else if (field.DefaultValue is { } defaultValue)
            {
                if (LiteralCoercion.TryCoerce(defaultValue, field.Type, null, out var defaulted))
                {
                    coerced[field.Name] = defaulted;
                }
                else
                {
                    Invalid(Inspect(value), $"Field \"{field.Name}\" has invalid default value {Printer.Print(defaultValue)}.");
                }
            }
            else if (field.Type is NonNullType)
            {
                Invalid(Inspect(value), $"Field \"{field.Name}\" of required type \"{field.Type}\" was not provided.");
            }
        }

        foreach (var property in value.EnumerateObject())
        {
            if (type.Field(property.Name) is null)
            {
                Invalid(Inspect(value), $"Field \"{property.Name}\" is not defined by type \"{type.Name}\".");
            }
        }

        if (type.IsOneOf)
        {
            if (coerced.Count != 1)
            {
                Invalid(Inspect(value), $"Exactly one key must be specified for OneOf type \"{type.Name}\".");
            }
            else
            {
                foreach (var (key, fieldValue) in coerced)
                {
                    if (fieldValue is null)
                    {
                        _path.Add(key);
                        Invalid("null", $"Field \"{key}\" must be non-null.");
                        _path.RemoveAt(_path.Count - 1);
                    }
                }
            }
        }

        return coerced;
    }

    /// <summary>An invalid value at the current path: <c>Variable "$x" got invalid value V at "x.a[0]"; reason</c>.</summary>
    private void Invalid(string shownValue, string reason)
    {
        var name = _definition.Variable.Name.Value;
        var message = new StringBuilder("Variable \"$").Append(name).Append("\" got invalid value ").Append(shownValue);
        if (_path.Count > 0)
        {
            message.Append(" at \"").Append(name);
            foreach (var segment in _path)
            {
                _ = segment is int index ? message.Append('[').Append(index).Append(']') : message.Append('.').Append(segment);
            }

            message.Append('"');
        }

        Report(message.Append("; ").Append(reason).ToString());
    }

    private void Report(string message) =>
        _errors.Add(GraphQLError.WithCode(message, ExecutionErrorCodes.BadUserInput, ExecutionErrors.LocationsOf(_definition)));

    /// <summary>A JSON value as compact JSON text, for messages.</summary>
    private static string Inspect(JsonElement value)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(64);
        using (var writer = new Utf8JsonWriter(buffer, InspectOptions))
        {
            value.WriteTo(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}

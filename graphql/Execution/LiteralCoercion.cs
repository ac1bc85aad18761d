using Actors.GraphQL.Language;
using Actors.GraphQL.Types;

namespace Actors.GraphQL.Execution;

/// <summary>
/// Input coercion of document literals (spec §3 "Input Coercion" of each type, and §6.4.1
/// CoerceArgumentValues): a literal, with the request's coerced variables where it uses them, becomes the
/// value resolvers see — int, double, string, bool, the scalar's own types, enum names as string, input
/// objects as <see cref="IReadOnlyDictionary{TKey, TValue}"/> and lists as <see cref="IReadOnlyList{T}"/>.
/// A literal that does not coerce is reported by "false"; validation has normally refused it already.
/// </summary>
internal static class LiteralCoercion
{
    public static readonly IReadOnlyDictionary<string, object?> NoArguments = new Dictionary<string, object?>();

    /// <summary>
    /// CoerceArgumentValues: the values of <paramref name="definitions"/> given by <paramref name="arguments"/>,
    /// defaults applied; absent when neither given nor defaulted. On failure, null and <paramref name="error"/>
    /// holds the field error's message.
    /// </summary>
    public static IReadOnlyDictionary<string, object?>? CoerceArgumentValues(
        IReadOnlyList<InputValueDefinition> definitions, IReadOnlyList<ArgumentNode> arguments,
        IReadOnlyDictionary<string, object?> variables, out string? error)
    {
        error = null;
        if (definitions.Count == 0)
        {
            return NoArguments;
        }

        var coerced = new Dictionary<string, object?>(definitions.Count, StringComparer.Ordinal);
        foreach (var definition in definitions)
        {
            var node = Find(arguments, definition.Name);
            var hasValue = node is not null;
            object? variableValue = null;
            if (node is VariableNode variable)
            {
                hasValue = variables.TryGetValue(variable.Name.Value, out variableValue);
            }

            if (!hasValue)
            {
                if (definition.DefaultValue is { } defaultValue)
                {
                    if (!TryCoerce(defaultValue, definition.Type, null, out var value))
                    {
                        error = $"Argument \"{definition.Name}\" has invalid default value {Printer.Print(defaultValue)}.";
                        return null;
                    }

                    coerced[definition.Name] = value;
                }
                else if (definition.Type is NonNullType)
                {
                    error = $"Argument \"{definition.Name}\" of required type \"{definition.Type}\" was not provided.";
                    return null;
                }

                continue;
            }

            if (node is VariableNode)
            {
                if (variableValue is null && definition.Type is NonNullType)
                {
                    error = $"Argument \"{definition.Name}\" of non-null type \"{definition.Type}\" must not be null.";
                    return null;
                }

                coerced[definition.Name] = variableValue;
                continue;
            }

            if (!TryCoerce(node!, definition.Type, variables, out var literalValue))
            {
                error = $"Argument \"{definition.Name}\" has invalid value {Printer.Print(node!)}.";
                return null;
            }

            coerced[definition.Name] = literalValue;
        }

        return coerced;
    }

    /// <summary>Coerces <paramref name="literal"/> to <paramref name="type"/>; variables absent from <paramref name="variables"/> count as not given.</summary>
    public static bool TryCoerce(ValueNode literal, IGraphQLType type, IReadOnlyDictionary<string, object?>? variables, out object? value)
    {
        value = null;
        if (literal is VariableNode variable)
        {
            if (variables is null || !variables.TryGetValue(variable.Name.Value, out value))
            {
                return false;
            }

            return value is not null || type is not NonNullType;
        }

        if (type is NonNullType nonNull)
        {
            return literal is not NullValueNode && TryCoerce(literal, nonNull.OfType, variables, out value);
        }

        if (literal is NullValueNode)
        {
            return true;
        }

        switch (type)
        {
            case ListType list:
                return TryCoerceList(literal, list, variables, out value);
            case InputObjectType inputObject:
                return TryCoerceInputObject(literal, inputObject, variables, out value);
            case EnumType enumType:
                if (literal is EnumValueNode enumValue && enumType.Value(enumValue.Value) is not null)
                {
                    value = enumValue.Value;
                    return true;
                }

                return false;
            case ScalarType scalar:
                try
                {
                    value = scalar.ParseLiteral(literal);
                    return true;
                }
                catch (CoercionException)
                {
                    return false;
                }

            default:
                return false;
        }
    }

    private static bool TryCoerceList(ValueNode literal, ListType list, IReadOnlyDictionary<string, object?>? variables, out object? value)
    {
        value = null;
        if (literal is not ListValueNode items)
        {
            // A single value where a list is expected is a list of that one value.
            if (!TryCoerce(literal, list.OfType, variables, out var single))
            {
                return false;
            }

            value = new List<object?>(1) { single };
            return true;
        }

        var coerced = new List<object?>(items.Values.Count);
        foreach (var item in items.Values)
        {
            if (IsMissingVariable(item, variables))
            {
                if (list.OfType is NonNullType)
                {
                    return false;
                }

                coerced.Add(null);
                continue;
            }

            if (!TryCoerce(item, list.OfType, variables, out var itemValue))
            {
                return false;
            }

            coerced.Add(itemValue);
        }

        value = coerced;
        return true;
    }

    private static bool TryCoerceInputObject(ValueNode literal, InputObjectType type, IReadOnlyDictionary<string, object?>? variables, out object? value)
    {
        value = null;
        if (literal is not ObjectValueNode objectValue)
        {
            return false;
        }

        foreach (var field in objectValue.Fields)
        {
            if (type.Field(field.Name.Value) is null)
            {
                return false;
            }
        }

        var coerced = new Dictionary<string, object?>(type.Fields.Count, StringComparer.Ordinal);
        foreach (var field in type.Fields)
        {
            var fieldNode = Find(objectValue.Fields, field.Name);
            if (fieldNode is null || IsMissingVariable(fieldNode, variables))
            {
                if (field.DefaultValue is { } defaultValue && !type.IsOneOf)
                {
                    if (!TryCoerce(defaultValue, field.Type, null, out var defaulted))
                    {
                        return false;
                    }

                    coerced[field.Name] = defaulted;
                }
                else if (field.Type is NonNullType)
                {
                    return false;
                }

                continue;
            }

            if (!TryCoerce(fieldNode, field.Type, variables, out var fieldValue))
            {
                return false;
            }

            coerced[field.Name] = fieldValue;
        }

        if (type.IsOneOf && (coerced.Count != 1 || coerced.Values.First() is null))
        {
            return false;
        }

        value = coerced;
        return true;
    }

    private static bool IsMissingVariable(ValueNode node, IReadOnlyDictionary<string, object?>? variables) =>
        node is VariableNode variable && (variables is null || !variables.ContainsKey(variable.Name.Value));

    private static ValueNode? Find(IReadOnlyList<ArgumentNode> arguments, string name)
    {
        for (var i = 0; i < arguments.Count; i++)
        {
            if (arguments[i].Name.Value == name)
            {
                return arguments[i].Value;
            }
        }

        return null;
    }

    private static ValueNode? Find(IReadOnlyList<ObjectFieldNode> fields, string name)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (fields[i].Name.Value == name)
            {
                return fields[i].Value;
            }
        }

        return null;
    }
}

using Actors.GraphQL.Types;

namespace Actors.GraphQL.Validation;

/// <summary>Small predicates over arguments and input fields shared by the value and argument rules.</summary>
internal static class InputValues
{
    /// <summary>Whether an argument or input field must be given: its type is non-null and it has no default.</summary>
    public static bool IsRequired(InputValueDefinition definition) =>
        definition.Type is NonNullType && !definition.HasDefaultValue;

    /// <summary>Whether <paramref name="type"/> is one of the spec's own scalars, whose coercion errors are complete messages.</summary>
    public static bool IsSpecifiedScalar(ScalarType type) =>
        type.Name is "Int" or "Float" or "String" or "Boolean" or "ID";
}

using Actors.GraphQL.Introspection;

namespace Actors.GraphQL.Types;

/// <summary>The spec's type-system validation (§3): every problem, each naming its type and field.</summary>
internal static class SchemaValidator
{
    public static List<string> Validate(Schema schema)
    {
        var problems = new List<string>();
        foreach (var type in schema.Types)
        {
            if (IntrospectionTypes.IsIntrospectionType(type.Name))
            {
                continue;
            }

            switch (type)
            {
                case IFieldsType fields:
                    ValidateFields(schema, fields, problems);
                    ValidateInterfaces(schema, fields, problems);
                    break;
                case UnionType union when union.Types.Count == 0:
                    problems.Add($"Union type {union.Name} must define one or more member types.");
                    break;
                case UnionType union:
                    foreach (var duplicate in union.Types.GroupBy(t => t.Name).Where(g => g.Count() > 1))
                    {
                        problems.Add($"Union type {union.Name} can only include type {duplicate.Key} once.");
                    }

                    break;
                case EnumType enumType:
                    ValidateEnum(enumType, problems);
                    break;
                case InputObjectType input:
                    ValidateInputObject(input, problems);
                    break;
            }
        }

        foreach (var directive in schema.Directives)
        {
            foreach (var argument in directive.Arguments.Where(a => !TypeInfo.IsInputType(a.Type)))
            {
                problems.Add($"The type of @{directive.Name}({argument.Name}:) must be Input Type but got: {argument.Type}.");
            }
        }

        return problems;
    }

    private static void ValidateFields(Schema schema, IFieldsType type, List<string> problems)
    {
        if (type.Fields.Count == 0)
        {
            problems.Add($"Type {type.Name} must define one or more fields.");
        }

        foreach (var duplicate in type.Fields.GroupBy(f => f.Name).Where(g => g.Count() > 1))
        {
            problems.Add($"Field \"{type.Name}.{duplicate.Key}\" can only be defined once.");
        }

        foreach (var field in type.Fields)
        {
            ReservedName(field.Name, $"{type.Name}.{field.Name}", problems);
            if (!TypeInfo.IsOutputType(field.Type))
            {
                problems.Add($"The type of {type.Name}.{field.Name} must be Output Type but got: {field.Type}.");
            }

            foreach (var argument in field.Arguments)
            {
                ReservedName(argument.Name, $"{type.Name}.{field.Name}({argument.Name}:)", problems);
                if (!TypeInfo.IsInputType(argument.Type))
                {
                    problems.Add($"The type of {type.Name}.{field.Name}({argument.Name}:) must be Input Type but got: {argument.Type}.");
                }

                if (argument.Type is NonNullType && argument.IsDeprecated && !argument.HasDefaultValue)
                {
                    problems.Add($"Required argument {type.Name}.{field.Name}({argument.Name}:) cannot be deprecated.");
                }
            }
        }

        _ = schema;
    }

    private static void ValidateInterfaces(Schema schema, IFieldsType type, List<string> problems)
    {
        foreach (var iface in type.Interfaces)
        {
            if (ReferenceEquals(iface, type))
            {
                problems.Add($"Type {type.Name} cannot implement itself because it would create a circular reference.");
                continue;
            }

            foreach (var transitive in iface.Interfaces.Where(t => !type.Interfaces.Contains(t)))
            {
                problems.Add($"Type {type.Name} must implement {transitive.Name} because it is implemented by {iface.Name}.");
            }

            foreach (var expected in iface.Fields)
            {
                var actual = type.Field(expected.Name);
                if (actual is null)
                {
                    problems.Add($"Interface field {iface.Name}.{expected.Name} expected but {type.Name} does not provide it.");
                    continue;
                }

                if (!TypeInfo.IsTypeSubTypeOf(schema, actual.Type, expected.Type))
                {
                    problems.Add($"Interface field {iface.Name}.{expected.Name} expects type {expected.Type} but {type.Name}.{expected.Name} is type {actual.Type}.");
                }

                foreach (var argument in expected.Arguments)
                {
                    var actualArgument = actual.Argument(argument.Name);
                    if (actualArgument is null)
                    {
                        problems.Add($"Interface field argument {iface.Name}.{expected.Name}({argument.Name}:) expected but {type.Name}.{expected.Name} does not provide it.");
                    }
                    else if (!TypeInfo.IsEqualType(argument.Type, actualArgument.Type))
                    {
                        problems.Add($"Interface field argument {iface.Name}.{expected.Name}({argument.Name}:) expects type {argument.Type} but {type.Name}.{expected.Name}({argument.Name}:) is type {actualArgument.Type}.");
                    }
                }

                foreach (var extra in actual.Arguments.Where(a => expected.Argument(a.Name) is null && a.Type is NonNullType && !a.HasDefaultValue))
                {
                    problems.Add($"Argument {type.Name}.{expected.Name}({extra.Name}:) must not be required type {extra.Type} if not provided by the Interface field {iface.Name}.{expected.Name}.");
                }
            }
        }
    }

    private static void ValidateEnum(EnumType enumType, List<string> problems)
    {
        if (enumType.Values.Count == 0)
        {
            problems.Add($"Enum type {enumType.Name} must define one or more values.");
        }

        foreach (var value in enumType.Values)
        {
            if (value.Name is "true" or "false" or "null")
            {
                problems.Add($"Enum type {enumType.Name} cannot include value: {value.Name}.");
            }

            ReservedName(value.Name, $"{enumType.Name}.{value.Name}", problems);
        }
    }

    private static void ValidateInputObject(InputObjectType input, List<string> problems)
    {
        if (input.Fields.Count == 0)
        {
            problems.Add($"Input Object type {input.Name} must define one or more fields.");
        }

        foreach (var field in input.Fields)
        {
            ReservedName(field.Name, $"{input.Name}.{field.Name}", problems);
            if (!TypeInfo.IsInputType(field.Type))
            {
                problems.Add($"The type of {input.Name}.{field.Name} must be Input Type but got: {field.Type}.");
            }

            if (input.IsOneOf && field.Type is NonNullType)
            {
                problems.Add($"OneOf input field {input.Name}.{field.Name} must be nullable.");
            }

            if (input.IsOneOf && field.HasDefaultValue)
            {
                problems.Add($"OneOf input field {input.Name}.{field.Name} cannot have a default value.");
            }

            if (field.Type is NonNullType && field.IsDeprecated && !field.HasDefaultValue)
            {
                problems.Add($"Required input field {input.Name}.{field.Name} cannot be deprecated.");
            }
        }
    }

    private static void ReservedName(string name, string coordinate, List<string> problems)
    {
        if (name.StartsWith("__", StringComparison.Ordinal))
        {
            problems.Add($"Name \"{coordinate}\" must not begin with \"__\", which is reserved by GraphQL introspection.");
        }
    }
}

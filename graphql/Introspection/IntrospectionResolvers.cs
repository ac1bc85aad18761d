using Actors.GraphQL.Execution;
using Actors.GraphQL.Language;
using Actors.GraphQL.Types;

namespace Actors.GraphQL.Introspection;

/// <summary>
/// Binds the introspection types' fields (§4.2) to the schema's own model: <c>__Schema</c> is the
/// <see cref="Schema"/>, <c>__Type</c> any <see cref="IGraphQLType"/>, <c>__Field</c> a
/// <see cref="FieldDefinition"/>, <c>__InputValue</c> an <see cref="InputValueDefinition"/>,
/// <c>__EnumValue</c> an <see cref="EnumValueDefinition"/>, <c>__Directive</c> a <see cref="DirectiveDefinition"/>.
/// </summary>
internal static class IntrospectionResolvers
{
    public static void Bind(Schema schema)
    {
        schema.SchemaMetaField.Resolver = _ => Value(schema);
        schema.TypeMetaField.Resolver = context => Value(schema.GetType((string)context.Arguments["name"]!));
        schema.TypeNameMetaField.Resolver = context => Value(context.ParentType.Name);

        Bind(schema, "__Schema", new()
        {
            ["description"] = c => Value(((Schema)c.Parent!).Description),
            // In definition order, as graphql-js serves them, so a client's printed schema matches the SDL's.
            ["types"] = c => Value(((Schema)c.Parent!).Types.ToList()),
            ["queryType"] = c => Value(((Schema)c.Parent!).QueryType),
            ["mutationType"] = c => Value(((Schema)c.Parent!).MutationType),
            ["subscriptionType"] = c => Value(((Schema)c.Parent!).SubscriptionType),
            ["directives"] = c => Value(((Schema)c.Parent!).Directives.ToList()),
        });

        Bind(schema, "__Type", new()
        {
            ["kind"] = c => Value(((IGraphQLType)c.Parent!).Kind),
            ["name"] = c => Value((c.Parent as INamedType)?.Name),
            ["description"] = c => Value(c.Parent is INamedType named ? schema.DescriptionOf(named) : null),
            ["specifiedByURL"] = c => Value(c.Parent is ScalarType scalar ? schema.SpecifiedByUrl(scalar) : null),
            ["fields"] = c => Value((c.Parent as IFieldsType)?.Fields
                .Where(f => IncludeDeprecated(c) || !f.IsDeprecated).ToList()),
            ["interfaces"] = c => Value((c.Parent as IFieldsType)?.Interfaces),
            ["possibleTypes"] = c => Value(c.Parent is InterfaceType or UnionType ? schema.GetPossibleTypes((INamedType)c.Parent) : null),
            ["enumValues"] = c => Value((c.Parent as EnumType)?.Values.Where(v => IncludeDeprecated(c) || !v.IsDeprecated).ToList()),
            ["inputFields"] = c => Value((c.Parent as InputObjectType)?.Fields.Where(f => IncludeDeprecated(c) || !f.IsDeprecated).ToList()),
            ["ofType"] = c => Value(c.Parent switch
            {
                ListType list => list.OfType,
                NonNullType nonNull => nonNull.OfType,
                _ => null,
            }),
            ["isOneOf"] = c => Value(c.Parent is InputObjectType input ? input.IsOneOf : null),
        });

        Bind(schema, "__Field", new()
        {
            ["args"] = c => Value(((FieldDefinition)c.Parent!).Arguments.Where(a => IncludeDeprecated(c) || !a.IsDeprecated).ToList()),
            ["isDeprecated"] = c => Value(((FieldDefinition)c.Parent!).IsDeprecated),
        });

        Bind(schema, "__InputValue", new()
        {
            ["defaultValue"] = c => Value(((InputValueDefinition)c.Parent!).DefaultValue is { } value ? Printer.Print(value) : null),
            ["isDeprecated"] = c => Value(((InputValueDefinition)c.Parent!).IsDeprecated),
        });

        Bind(schema, "__Directive", new()
        {
            ["args"] = c => Value(((DirectiveDefinition)c.Parent!).Arguments.Where(a => IncludeDeprecated(c) || !a.IsDeprecated).ToList()),
            ["locations"] = c => Value(((DirectiveDefinition)c.Parent!).Locations.Select(l => l.ToString()).ToList()),
        });
    }

    private static void Bind(Schema schema, string typeName, Dictionary<string, FieldResolver> resolvers)
    {
        var type = (ObjectType)schema.GetType(typeName)!;
        foreach (var (fieldName, resolver) in resolvers)
        {
            type.Field(fieldName)!.Resolver = resolver;
        }
    }

    private static bool IncludeDeprecated(ResolverContext context) => context.Arguments.GetValueOrDefault("includeDeprecated") is true;

    private static ValueTask<object?> Value(object? value) => ValueTask.FromResult(value);
}

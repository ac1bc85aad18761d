using Actors.GraphQL.Language;

namespace Actors.GraphQL.Types;

/// <summary>
/// A validated schema: its types by name, root operation types, directives, and the subtype relation
/// (which object types an interface or union can be).
/// </summary>
public sealed class Schema
{
    private readonly Dictionary<string, INamedType> _types;
    private readonly Dictionary<string, DirectiveDefinition> _directives;
    private readonly IReadOnlyDictionary<string, ScalarDeclaration> _scalarDeclarations;
    private readonly Dictionary<INamedType, List<ObjectType>> _possibleTypes = [];
    private readonly Dictionary<InterfaceType, List<InterfaceType>> _interfaceImplementations = [];

    internal Schema(
        string? description, ObjectType query, ObjectType? mutation, ObjectType? subscription,
        IEnumerable<INamedType> types, IEnumerable<DirectiveDefinition> directives, IReadOnlyDictionary<string, ScalarDeclaration> scalarDeclarations)
    {
        _scalarDeclarations = scalarDeclarations;
        Description = description;
        QueryType = query;
        MutationType = mutation;
        SubscriptionType = subscription;
        _types = types.ToDictionary(t => t.Name, StringComparer.Ordinal);
        _directives = directives.ToDictionary(d => d.Name, StringComparer.Ordinal);

        var schemaType = (ObjectType)_types["__Schema"];
        var typeType = (ObjectType)_types["__Type"];
        SchemaMetaField = new FieldDefinition("__schema", "Access the current type schema of this server.", new NonNullType(schemaType), [], null, []);
        TypeMetaField = new FieldDefinition("__type", "Request the type information of a single type.", typeType,
            [new InputValueDefinition("name", null, new NonNullType(BuiltInScalars.String), null, null, [])], null, []);
        TypeNameMetaField = new FieldDefinition("__typename", "The name of the current Object type at runtime.", new NonNullType(BuiltInScalars.String), [], null, []);

        foreach (var type in _types.Values)
        {
            switch (type)
            {
                case ObjectType obj:
                    foreach (var implemented in obj.Interfaces)
                    {
                        PossibleTypesOf(implemented).Add(obj);
                    }

                    break;
                case InterfaceType iface:
                    foreach (var implemented in iface.Interfaces)
                    {
                        if (!_interfaceImplementations.TryGetValue(implemented, out var list))
                        {
                            _interfaceImplementations[implemented] = list = [];
                        }

                        list.Add(iface);
                    }

                    break;
                case UnionType union:
                    PossibleTypesOf(union).AddRange(union.Types);
                    break;
            }
        }
    }

    public string? Description { get; }

    /// <summary><c>__schema</c>, selectable on the query root type.</summary>
    public FieldDefinition SchemaMetaField { get; }

    /// <summary><c>__type(name:)</c>, selectable on the query root type.</summary>
    public FieldDefinition TypeMetaField { get; }

    /// <summary><c>__typename</c>, selectable on every composite type.</summary>
    public FieldDefinition TypeNameMetaField { get; }

    /// <summary>
    /// The field <paramref name="fieldName"/> of <paramref name="parentType"/> as a selection sees it,
    /// meta-fields included: <c>__typename</c> everywhere, <c>__schema</c> and <c>__type</c> on the query root.
    /// </summary>
    public FieldDefinition? GetField(INamedType parentType, string fieldName)
    {
        if (fieldName == "__typename" && TypeInfo.IsCompositeType(parentType))
        {
            return TypeNameMetaField;
        }

        if (ReferenceEquals(parentType, QueryType))
        {
            if (fieldName == "__schema")
            {
                return SchemaMetaField;
            }

            if (fieldName == "__type")
            {
                return TypeMetaField;
            }
        }

        return (parentType as IFieldsType)?.Field(fieldName);
    }

    public ObjectType QueryType { get; }

    public ObjectType? MutationType { get; }

    public ObjectType? SubscriptionType { get; }

    /// <summary>Every named type, built-in scalars and introspection types included.</summary>
    public IReadOnlyCollection<INamedType> Types => _types.Values;

    public IReadOnlyCollection<DirectiveDefinition> Directives => _directives.Values;

    public INamedType? GetType(string name) => _types.GetValueOrDefault(name);

    /// <summary>The <c>@specifiedBy(url:)</c> the SDL gives scalar <paramref name="scalar"/>, if any.</summary>
    public string? SpecifiedByUrl(ScalarType scalar) => _scalarDeclarations.GetValueOrDefault(scalar.Name)?.SpecifiedByUrl;

    /// <summary>A type's description as this schema serves it: a scalar the SDL declares has the SDL's description (or none), the spec's scalars their own.</summary>
    public string? DescriptionOf(INamedType type) =>
        type is ScalarType && _scalarDeclarations.TryGetValue(type.Name, out var declared) ? declared.Description : type.Description;

    public DirectiveDefinition? GetDirective(string name) => _directives.GetValueOrDefault(name);

    /// <summary>The root type of <paramref name="operation"/>, or null when the schema has none.</summary>
    public ObjectType? RootType(OperationType operation) => operation switch
    {
        OperationType.Query => QueryType,
        OperationType.Mutation => MutationType,
        _ => SubscriptionType,
    };

    /// <summary>The object types a value of <paramref name="abstractType"/> can be.</summary>
    public IReadOnlyList<ObjectType> GetPossibleTypes(INamedType abstractType) => abstractType switch
    {
        ObjectType obj => [obj],
        _ => _possibleTypes.TryGetValue(abstractType, out var types) ? types : [],
    };

    /// <summary>The interfaces that implement <paramref name="type"/>.</summary>
    public IReadOnlyList<InterfaceType> GetInterfaceImplementations(InterfaceType type) =>
        _interfaceImplementations.TryGetValue(type, out var list) ? list : [];

    /// <summary>Whether <paramref name="maybeSubType"/> is a member of union or implements interface <paramref name="abstractType"/>.</summary>
    public bool IsSubType(INamedType abstractType, INamedType maybeSubType) => maybeSubType switch
    {
        ObjectType obj => GetPossibleTypes(abstractType).Contains(obj),
        InterfaceType iface => abstractType is InterfaceType parent && GetInterfaceImplementations(parent).Contains(iface),
        _ => false,
    };

    private List<ObjectType> PossibleTypesOf(INamedType abstractType)
    {
        if (!_possibleTypes.TryGetValue(abstractType, out var list))
        {
            _possibleTypes[abstractType] = list = [];
        }

        return list;
    }
}

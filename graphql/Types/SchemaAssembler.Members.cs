using Actors.GraphQL.Language;

namespace Actors.GraphQL.Types;

/// <summary>Filling types with their members, from definitions and extensions, and building directives.</summary>
internal sealed partial class SchemaAssembler
{
    private void Fill(TypeDefinitionNode node)
    {
        if (!_types.TryGetValue(node.Name.Value, out var type))
        {
            return;
        }

        switch ((node, type))
        {
            case (ObjectTypeDefinitionNode n, ObjectType obj):
                AddFields(obj.Name, n.Fields, obj.AddField);
                AddInterfaces(obj.Name, n.Interfaces, obj.AddInterface);
                break;
            case (InterfaceTypeDefinitionNode n, InterfaceType iface):
                AddFields(iface.Name, n.Fields, iface.AddField);
                AddInterfaces(iface.Name, n.Interfaces, iface.AddInterface);
                break;
            case (UnionTypeDefinitionNode n, UnionType union):
                AddMembers(union, n.Types);
                break;
            case (EnumTypeDefinitionNode n, EnumType enumType):
                AddValues(enumType, n.Values);
                break;
            case (InputObjectTypeDefinitionNode n, InputObjectType input):
                foreach (var field in n.Fields)
                {
                    input.AddField(InputValue($"{input.Name}.{field.Name.Value}", field));
                }

                break;
        }
    }

    private void Extend(TypeExtensionNode node)
    {
        if (!_types.TryGetValue(node.Name.Value, out var type))
        {
            _problems.Add($"Cannot extend type \"{node.Name.Value}\" because it is not defined.");
            return;
        }

        switch ((node, type))
        {
            case (ObjectTypeExtensionNode n, ObjectType obj):
                AddFields(obj.Name, n.Fields, obj.AddField);
                AddInterfaces(obj.Name, n.Interfaces, obj.AddInterface);
                break;
            case (InterfaceTypeExtensionNode n, InterfaceType iface):
                AddFields(iface.Name, n.Fields, iface.AddField);
                AddInterfaces(iface.Name, n.Interfaces, iface.AddInterface);
                break;
            case (UnionTypeExtensionNode n, UnionType union):
                AddMembers(union, n.Types);
                break;
            case (EnumTypeExtensionNode n, EnumType enumType):
                AddValues(enumType, n.Values);
                break;
            case (InputObjectTypeExtensionNode n, InputObjectType input):
                foreach (var field in n.Fields)
                {
                    input.AddField(InputValue($"{input.Name}.{field.Name.Value}", field));
                }

                break;
            case (ScalarTypeExtensionNode, ScalarType):
                break;
            default:
                _problems.Add($"Cannot extend non-{type.Kind} type \"{type.Name}\" with a {node.Kind}.");
                break;
        }
    }

    private void AddFields(string typeName, IReadOnlyList<FieldDefinitionNode> fields, Action<FieldDefinition> add)
    {
        foreach (var field in fields)
        {
            var coordinate = $"{typeName}.{field.Name.Value}";
            var type = Resolve(field.Type, coordinate);
            if (type is null)
            {
                continue;
            }

            var arguments = field.Arguments.Select(a => InputValue($"{coordinate}({a.Name.Value}:)", a)).ToList();
            add(new FieldDefinition(field.Name.Value, field.Description?.Value, type, arguments, Deprecation(field.Directives), field.Directives));
        }
    }

    private void AddInterfaces(string typeName, IReadOnlyList<NamedTypeNode> interfaces, Action<InterfaceType> add)
    {
        foreach (var named in interfaces)
        {
            switch (_types.GetValueOrDefault(named.Name.Value))
            {
                case InterfaceType iface:
                    add(iface);
                    break;
                case null:
                    _problems.Add($"Type \"{typeName}\" implements unknown interface \"{named.Name.Value}\".");
                    break;
                default:
                    _problems.Add($"Type \"{typeName}\" must only implement Interface types, it cannot implement \"{named.Name.Value}\".");
                    break;
            }
        }
    }

    private void AddMembers(UnionType union, IReadOnlyList<NamedTypeNode> members)
    {
        foreach (var member in members)
        {
            switch (_types.GetValueOrDefault(member.Name.Value))
            {
                case ObjectType obj:
                    union.AddType(obj);
                    break;
                case null:
                    _problems.Add($"Union type \"{union.Name}\" has unknown member type \"{member.Name.Value}\".");
                    break;
                default:
                    _problems.Add($"Union type \"{union.Name}\" can only include Object types, it cannot include \"{member.Name.Value}\".");
                    break;
            }
        }
    }

    private void AddValues(EnumType enumType, IReadOnlyList<EnumValueDefinitionNode> values)
    {
        foreach (var value in values)
        {
            enumType.AddValue(new EnumValueDefinition(value.Name.Value, value.Description?.Value, Deprecation(value.Directives), value.Directives));
        }
    }

    private InputValueDefinition InputValue(string coordinate, InputValueDefinitionNode node) =>
        new(node.Name.Value, node.Description?.Value, Resolve(node.Type, coordinate) ?? BuiltInScalars.String, node.DefaultValue,
            Deprecation(node.Directives), node.Directives);

    private IGraphQLType? Resolve(TypeNode node, string coordinate)
    {
        switch (node)
        {
            case NamedTypeNode named:
                if (_types.TryGetValue(named.Name.Value, out var type))
                {
                    return type;
                }

                _problems.Add($"Unknown type \"{named.Name.Value}\" referenced by {coordinate}.");
                return null;
            case ListTypeNode list:
                return Resolve(list.Type, coordinate) is { } item ? new ListType(item) : null;
            case NonNullTypeNode nonNull:
                return Resolve(nonNull.Type, coordinate) is { } inner ? new NonNullType(inner) : null;
            default:
                return null;
        }
    }

    private static string? Deprecation(IReadOnlyList<DirectiveNode> directives)
    {
        var deprecated = directives.FirstOrDefault(d => d.Name.Value == "deprecated");
        if (deprecated is null)
        {
            return null;
        }

        return deprecated.Arguments.FirstOrDefault(a => a.Name.Value == "reason")?.Value is StringValueNode reason
            ? reason.Value
            : "No longer supported";
    }

    private List<DirectiveDefinition> BuildDirectives()
    {
        var directives = new Dictionary<string, DirectiveDefinition>(StringComparer.Ordinal);
        foreach (var (node, builtIn) in _directiveNodes)
        {
            var name = node.Name.Value;
            if (directives.ContainsKey(name))
            {
                _problems.Add($"Directive \"@{name}\" is defined more than once.");
                continue;
            }

            if (!builtIn && name.StartsWith("__", StringComparison.Ordinal))
            {
                _problems.Add($"Name \"{name}\" must not begin with \"__\", which is reserved by GraphQL introspection.");
            }

            var locations = new List<DirectiveLocation>();
            foreach (var location in node.Locations)
            {
                if (Enum.TryParse<DirectiveLocation>(location.Value, ignoreCase: false, out var parsed) && Enum.IsDefined(parsed))
                {
                    locations.Add(parsed);
                }
                else
                {
                    _problems.Add($"Directive \"@{name}\" names unknown location \"{location.Value}\".");
                }
            }

            var arguments = node.Arguments.Select(a => InputValue($"@{name}({a.Name.Value}:)", a)).ToList();
            directives[name] = new DirectiveDefinition(name, node.Description?.Value, arguments, locations, node.Repeatable);
        }

        return [.. directives.Values];
    }
}

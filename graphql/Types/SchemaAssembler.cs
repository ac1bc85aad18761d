using Actors.GraphQL.Language;

namespace Actors.GraphQL.Types;

/// <summary>The work behind <see cref="SchemaBuilder"/>: types are created first, then filled, so definitions may refer to each other in any order.</summary>
internal sealed partial class SchemaAssembler(IEnumerable<ScalarType> customScalars)
{
    private readonly Dictionary<string, ScalarType> _availableScalars = BuiltInScalars.Provided.Concat(customScalars)
        .GroupBy(s => s.Name).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
    private readonly Dictionary<string, INamedType> _types = BuiltInScalars.Specified.ToDictionary(s => s.Name, INamedType (s) => s, StringComparer.Ordinal);
    private readonly List<(TypeDefinitionNode Node, bool BuiltIn)> _definitions = [];
    private readonly List<TypeExtensionNode> _extensions = [];
    private readonly List<(DirectiveDefinitionNode Node, bool BuiltIn)> _directiveNodes = [];
    private readonly List<SchemaDefinitionNode> _schemaNodes = [];
    private readonly List<SchemaExtensionNode> _schemaExtensions = [];
    private readonly List<string> _problems = [];
    private readonly Dictionary<string, ScalarDeclaration> _scalarDeclarations = new(StringComparer.Ordinal);

    public void Add(DocumentNode document, bool builtIn)
    {
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case TypeDefinitionNode type:
                    _definitions.Add((type, builtIn));
                    break;
                case TypeExtensionNode extension:
                    _extensions.Add(extension);
                    break;
                case DirectiveDefinitionNode directive:
                    _directiveNodes.Add((directive, builtIn));
                    break;
                case SchemaDefinitionNode schema:
                    _schemaNodes.Add(schema);
                    break;
                case SchemaExtensionNode schemaExtension:
                    _schemaExtensions.Add(schemaExtension);
                    break;
                default:
                    _problems.Add($"A schema document holds only type-system definitions; found a {definition.Kind} definition.");
                    break;
            }
        }
    }

    public Schema Assemble()
    {
        foreach (var (node, builtIn) in _definitions)
        {
            CreateType(node, builtIn);
        }

        foreach (var (node, _) in _definitions)
        {
            Fill(node);
        }

        foreach (var extension in _extensions)
        {
            Extend(extension);
        }

        var directives = BuildDirectives();
        var (description, query, mutation, subscription) = RootTypes();
        if (_problems.Count > 0 || query is null)
        {
            throw new SchemaException(_problems);
        }

        var schema = new Schema(description, query, mutation, subscription, _types.Values, directives, _scalarDeclarations);
        var problems = SchemaValidator.Validate(schema);
        if (problems.Count > 0)
        {
            throw new SchemaException(problems);
        }

        Introspection.IntrospectionResolvers.Bind(schema);
        return schema;
    }

    private void CreateType(TypeDefinitionNode node, bool builtIn)
    {
        var name = node.Name.Value;
        if (_types.ContainsKey(name))
        {
            _problems.Add($"Type \"{name}\" is defined more than once.");
            return;
        }

        if (!builtIn && name.StartsWith("__", StringComparison.Ordinal))
        {
            _problems.Add($"Name \"{name}\" must not begin with \"__\", which is reserved by GraphQL introspection.");
        }

        var description = (node as IHasDescription)?.Description?.Value;
        INamedType? type = node switch
        {
            ScalarTypeDefinitionNode n => Scalar(name, description, n.Directives),
            ObjectTypeDefinitionNode n => new ObjectType(name, description, n.Directives),
            InterfaceTypeDefinitionNode n => new InterfaceType(name, description, n.Directives),
            UnionTypeDefinitionNode n => new UnionType(name, description, n.Directives),
            EnumTypeDefinitionNode n => new EnumType(name, description, n.Directives),
            InputObjectTypeDefinitionNode n => new InputObjectType(name, description, n.Directives),
            _ => null,
        };
        if (type is not null)
        {
            _types[name] = type;
        }
    }

    private ScalarType? Scalar(string name, string? description, IReadOnlyList<DirectiveNode> directives)
    {
        var url = directives.FirstOrDefault(d => d.Name.Value == "specifiedBy")?.Arguments.FirstOrDefault(a => a.Name.Value == "url")?.Value as StringValueNode;
        _scalarDeclarations[name] = new ScalarDeclaration(description, url?.Value);

        if (_availableScalars.TryGetValue(name, out var scalar))
        {
            return scalar;
        }

        _problems.Add($"Scalar \"{name}\" has no implementation: pass a ScalarType named \"{name}\" to SchemaBuilder.Build.");
        return null;
    }

    private (string? Description, ObjectType? Query, ObjectType? Mutation, ObjectType? Subscription) RootTypes()
    {
        if (_schemaNodes.Count > 1)
        {
            _problems.Add("Must provide only one schema definition.");
        }

        var operations = _schemaNodes.SelectMany(s => s.OperationTypes).Concat(_schemaExtensions.SelectMany(s => s.OperationTypes)).ToList();
        ObjectType? Root(OperationType operation, string defaultName)
        {
            var named = operations.Where(o => o.Operation == operation).ToList();
            if (named.Count > 1)
            {
                _problems.Add($"Type for {operation.ToString().ToLowerInvariant()} already defined in the schema.");
            }

            var name = named.Count > 0 ? named[0].Type.Name.Value : (_schemaNodes.Count == 0 ? defaultName : null);
            if (name is null || !_types.TryGetValue(name, out var type))
            {
                if (named.Count > 0)
                {
                    _problems.Add($"Unknown type \"{name}\" named as the {operation.ToString().ToLowerInvariant()} root type.");
                }

                return null;
            }

            if (type is ObjectType root)
            {
                return root;
            }

            _problems.Add($"{operation} root type must be Object type, it cannot be {name}.");
            return null;
        }

        var query = Root(OperationType.Query, "Query");
        if (query is null && !_problems.Any(p => p.StartsWith("Query root", StringComparison.Ordinal)))
        {
            _problems.Add("Query root type must be provided.");
        }

        return (_schemaNodes.FirstOrDefault()?.Description?.Value, query, Root(OperationType.Mutation, "Mutation"), Root(OperationType.Subscription, "Subscription"));
    }
}

using System.Reflection;
using Actors.GraphQL.Types;

namespace Actors.GraphQL.Binding;

/// <summary>
/// Binds C# resolver classes to the fields of a schema built from SDL, at startup. Each class is marked
/// <see cref="GraphQLTypeAttribute"/> (or bound with an explicit type name); its public methods and properties
/// resolve the same-named fields. <see cref="Verify"/> checks that every field of every object type is served, by a
/// resolver or by a property of the type's runtime type, and that every resolver fits its field; it reports every
/// problem at once, and only then installs the compiled resolvers on the schema's fields.
/// </summary>
/// <example>
/// <code>
/// var schema = SchemaBinding.Create(SchemaBuilder.Build(sdl))
///     .Bind&lt;JobQueries&gt;()
///     .Bind&lt;JobNode&gt;()
///     .BindRuntimeType&lt;ClientView&gt;("Client")
///     .Verify();
/// </code>
/// </example>
public sealed partial class SchemaBinding
{
    private readonly Schema _schema;
    private readonly IServiceProvider? _applicationServices;
    private readonly List<(Type Resolvers, string? TypeName)> _classes = [];
    private readonly List<(string TypeName, Type RuntimeType)> _runtimeTypes = [];

    private SchemaBinding(Schema schema, IServiceProvider? applicationServices)
    {
        _schema = schema;
        _applicationServices = applicationServices;
    }

    /// <summary>Starts binding resolvers to <paramref name="schema"/>.</summary>
    /// <param name="schema">The schema, typically from <see cref="SchemaBuilder.Build"/>.</param>
    /// <param name="applicationServices">When given (and it implements IServiceProviderIsService), service parameters of
    /// resolvers are checked at startup to be registered.</param>
    public static SchemaBinding Create(Schema schema, IServiceProvider? applicationServices = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        return new SchemaBinding(schema, applicationServices);
    }

    /// <summary>Binds the resolver class <typeparamref name="TResolvers"/>, marked <see cref="GraphQLTypeAttribute"/>.</summary>
    public SchemaBinding Bind<TResolvers>() => Bind(typeof(TResolvers));

    /// <summary>Binds a resolver class (static classes too) marked <see cref="GraphQLTypeAttribute"/>.</summary>
    public SchemaBinding Bind(Type resolvers) => Add(resolvers, null);

    /// <summary>Binds the resolver class <typeparamref name="TResolvers"/> to the fields of <paramref name="typeName"/>.</summary>
    public SchemaBinding Bind<TResolvers>(string typeName) => Bind(typeof(TResolvers), typeName);

    /// <summary>Binds a resolver class to the fields of <paramref name="typeName"/>, whatever its attribute says.</summary>
    public SchemaBinding Bind(Type resolvers, string typeName)
    {
        ArgumentException.ThrowIfNullOrEmpty(typeName);
        return Add(resolvers, typeName);
    }

    /// <summary>
    /// Binds every class of <paramref name="assembly"/> marked <see cref="GraphQLTypeAttribute"/>, and declares every
    /// type marked <see cref="GraphQLRuntimeTypeAttribute"/> as the runtime type of its object type.
    /// </summary>
    public SchemaBinding BindAll(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        foreach (var type in assembly.GetTypes().Where(t => t.IsClass).OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            if (type.IsDefined(typeof(GraphQLTypeAttribute), false))
            {
                Add(type, null);
            }

            if (type.GetCustomAttribute<GraphQLRuntimeTypeAttribute>(false) is { } runtimeType)
            {
                BindRuntimeType(runtimeType.TypeName, type);
            }
        }

        return this;
    }

    /// <summary>Declares <typeparamref name="TRuntime"/> as the CLR type of the values of object type <paramref name="typeName"/>.</summary>
    public SchemaBinding BindRuntimeType<TRuntime>(string typeName) => BindRuntimeType(typeName, typeof(TRuntime));

    /// <summary>
    /// Declares <paramref name="runtimeType"/> as the CLR type of the values of object type <paramref name="typeName"/>:
    /// its fields without a resolver are read from its properties, resolvers returning the type are checked against it,
    /// and interfaces and unions resolve values of it to <paramref name="typeName"/>.
    /// </summary>
    public SchemaBinding BindRuntimeType(string typeName, Type runtimeType)
    {
        ArgumentException.ThrowIfNullOrEmpty(typeName);
        ArgumentNullException.ThrowIfNull(runtimeType);
        _runtimeTypes.Add((typeName, runtimeType));
        return this;
    }

    /// <summary>Every problem of the binding, in a stable order; empty when it fits. Changes nothing.</summary>
    public IReadOnlyList<string> Validate() => Plan().Problems;

    /// <summary>
    /// Checks the binding and installs the compiled resolvers on the schema's fields (and type resolution on its
    /// interfaces and unions, where runtime types are bound).
    /// </summary>
    /// <returns>The schema, ready to execute.</returns>
    /// <exception cref="SchemaBindingException">Listing every problem; nothing was installed.</exception>
    public Schema Verify()
    {
        var plan = Plan();
        if (plan.Problems.Count > 0)
        {
            throw new SchemaBindingException(plan.Problems);
        }

        foreach (var bound in plan.Fields)
        {
            bound.Install();
        }

        InstallTypeResolution(plan.RuntimeTypes);
        return _schema;
    }

    private SchemaBinding Add(Type resolvers, string? typeName)
    {
        ArgumentNullException.ThrowIfNull(resolvers);
        if (!_classes.Contains((resolvers, typeName)))
        {
            _classes.Add((resolvers, typeName));
        }

        return this;
    }

    private void InstallTypeResolution(IReadOnlyDictionary<ObjectType, Type> runtimeTypes)
    {
        foreach (var type in _schema.Types)
        {
            if (type is not (InterfaceType or UnionType) || type.Name.StartsWith("__", StringComparison.Ordinal))
            {
                continue;
            }

            var possible = _schema.GetPossibleTypes(type);
            var bound = possible.Where(runtimeTypes.ContainsKey).Select(t => (t, runtimeTypes[t])).ToList();
            if (bound.Count == 0)
            {
                continue;
            }

            var resolver = new RuntimeTypeResolver(possible, bound);
            if (type is InterfaceType { ResolveType: null } iface)
            {
                iface.ResolveType = resolver.Resolve;
            }
            else if (type is UnionType { ResolveType: null } union)
            {
                union.ResolveType = resolver.Resolve;
            }
        }
    }
}

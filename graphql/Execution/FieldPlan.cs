using Actors.GraphQL.Errors;
using Actors.GraphQL.Language;
using Actors.GraphQL.Types;

namespace Actors.GraphQL.Execution;

/// <summary>
/// One response key of a grouped field set: the field nodes merged under it, their field definition on the
/// parent object type, and what is computed once for them however many objects and requests they are executed
/// for: the coerced arguments when they are literals, the error locations, the grouped field sets of their
/// sub-selections per runtime object type, and the default resolver's getter.
/// </summary>
/// <remarks>
/// Built by <see cref="FieldCollector"/> on one thread, then shared by the concurrent requests of its
/// <see cref="OperationPlan"/>: what it computes later is published whole, by one reference write, so a request sees
/// either nothing yet (and computes the same thing itself) or the finished value. Arguments that use variables
/// differ per request and are kept by the request's <see cref="ExecutionContext"/>.
/// </remarks>
internal sealed class FieldPlan
{
    private readonly List<FieldNode> _nodes;
    private readonly bool _argumentsUseVariables;
    private CoercedArguments? _literalArguments;
    private IReadOnlyList<SourceLocation>? _locations;
    private KeyValuePair<ObjectType, SelectionPlan>[] _subPlans = [];
    private DefaultGetter? _defaultGetter;

    public FieldPlan(ObjectType parentType, string responseKey, FieldDefinition definition, FieldNode node, int index, bool isTypeName)
    {
        ParentType = parentType;
        ResponseKey = responseKey;
        Definition = definition;
        _nodes = [node];
        _argumentsUseVariables = UsesVariables(node.Arguments);
        Index = index;
        IsTypeName = isTypeName;
    }

    public ObjectType ParentType { get; }

    public string ResponseKey { get; }

    public FieldDefinition Definition { get; }

    /// <summary>The field nodes with this response key, in document order (several when fragments repeat a field).</summary>
    public IReadOnlyList<FieldNode> Nodes => _nodes;

    /// <summary>The position of this key in its grouped field set, and of its entry in the result map.</summary>
    public int Index { get; }

    /// <summary>True for <c>__typename</c>, answered from <see cref="ParentType"/> without a resolver.</summary>
    public bool IsTypeName { get; }

    public IReadOnlyList<SourceLocation>? Locations => _locations ??= ExecutionErrors.LocationsOf(_nodes) ?? [];

    /// <summary>Merges another node under this response key; only while the grouped field set is being collected.</summary>
    public void AddNode(FieldNode node) => _nodes.Add(node);

    /// <summary>
    /// CoerceArgumentValues for this field (of its first node: validation has made the others' arguments the same): once
    /// for all requests when the arguments are literals, once per request when they use variables.
    /// </summary>
    /// <exception cref="FieldErrorException">An argument does not coerce.</exception>
    public IReadOnlyDictionary<string, object?> Arguments(ExecutionContext context)
    {
        var coerced = _argumentsUseVariables
            ? context.ArgumentsFromVariables(this)
            : _literalArguments ??= CoerceArguments(LiteralCoercion.NoArguments);
        return coerced.Values ?? throw ExecutionErrors.InvalidArguments(coerced.Error!);
    }

    /// <summary>CoerceArgumentValues with <paramref name="variables"/>.</summary>
    public CoercedArguments CoerceArguments(IReadOnlyDictionary<string, object?> variables)
    {
        var values = LiteralCoercion.CoerceArgumentValues(Definition.Arguments, _nodes[0].Arguments, variables, out var error);
        return new CoercedArguments(values, error);
    }

    /// <summary>
    /// The default resolver (see <see cref="DefaultFieldResolver"/>), remembering the getter of the last parent CLR
    /// type: the objects one field runs on are almost always of one type.
    /// </summary>
    public object? ResolveByDefault(object? parent)
    {
        var getter = _defaultGetter;
        if (parent is not null && getter is not null && ReferenceEquals(getter.ParentType, parent.GetType()))
        {
            return getter.Get?.Invoke(parent);
        }

        if (parent is null or IReadOnlyDictionary<string, object?>)
        {
            return DefaultFieldResolver.Resolve(parent, Definition.Name);
        }

        var type = parent.GetType();
        _defaultGetter = getter = new DefaultGetter(type, DefaultFieldResolver.GetterFor(type, Definition.Name));
        return getter.Get?.Invoke(parent);
    }

    /// <summary>The grouped field set of this field's sub-selections on <paramref name="objectType"/>, collected once.</summary>
    public SelectionPlan SubPlan(ObjectType objectType, FieldCollector collector)
    {
        foreach (var (type, plan) in Volatile.Read(ref _subPlans))
        {
            if (ReferenceEquals(type, objectType))
            {
                return plan;
            }
        }

        return AddSubPlan(objectType, collector.CollectSubfields(objectType, this));
    }

    /// <summary>Publishes <paramref name="plan"/> as the sub-plan for <paramref name="objectType"/>, unless another request has published one first.</summary>
    private SelectionPlan AddSubPlan(ObjectType objectType, SelectionPlan plan)
    {
        while (true)
        {
            var current = Volatile.Read(ref _subPlans);
            foreach (var (type, published) in current)
            {
                if (ReferenceEquals(type, objectType))
                {
                    return published;
                }
            }

            KeyValuePair<ObjectType, SelectionPlan>[] extended = [.. current, new(objectType, plan)];
            if (ReferenceEquals(Interlocked.CompareExchange(ref _subPlans, extended, current), current))
            {
                return plan;
            }
        }
    }

    private static bool UsesVariables(IReadOnlyList<ArgumentNode> arguments)
    {
        foreach (var argument in arguments)
        {
            if (UsesVariables(argument.Value))
            {
                return true;
            }
        }

        return false;
    }

    private static bool UsesVariables(ValueNode value) => value switch
    {
        VariableNode => true,
        ListValueNode list => list.Values.Any(UsesVariables),
        ObjectValueNode inputObject => inputObject.Fields.Any(field => UsesVariables(field.Value)),
        _ => false,
    };

    /// <summary>The default resolver's getter for one parent CLR type (null when the type has no such member).</summary>
    private sealed record DefaultGetter(Type ParentType, Func<object, object?>? Get);
}

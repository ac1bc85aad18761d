using Actors.GraphQL.Errors;
using Actors.GraphQL.Language;
using Actors.GraphQL.Types;

namespace Actors.GraphQL.Execution;

/// <summary>
/// One response key of a grouped field set: the field nodes merged under it, their field definition on the
/// parent object type, and what one request computes once for them however many objects they are executed
/// on: the coerced arguments (they depend only on the document and the variables), the error locations,
/// and the grouped field sets of their sub-selections per runtime object type.
/// </summary>
/// <remarks>Not thread-safe: an execution plans and completes on one logical thread at a time.</remarks>
internal sealed class FieldPlan
{
    private readonly List<FieldNode> _nodes;
    private IReadOnlyDictionary<string, object?>? _arguments;
    private string? _argumentError;
    private IReadOnlyList<SourceLocation>? _locations;
    private ObjectType? _firstSubType;
    private SelectionPlan? _firstSubPlan;
    private Dictionary<ObjectType, SelectionPlan>? _otherSubPlans;
    private Type? _parentClrType;
    private Func<object, object?>? _parentGetter;

    public FieldPlan(ObjectType parentType, string responseKey, FieldDefinition definition, FieldNode node, int index, bool isTypeName)
    {
        ParentType = parentType;
        ResponseKey = responseKey;
        Definition = definition;
        _nodes = [node];
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

    public void AddNode(FieldNode node) => _nodes.Add(node);

    /// <summary>CoerceArgumentValues for this field, once per request.</summary>
    /// <exception cref="FieldErrorException">An argument does not coerce.</exception>
    public IReadOnlyDictionary<string, object?> Arguments(IReadOnlyDictionary<string, object?> variables)
    {
        if (_arguments is null && _argumentError is null)
        {
            _arguments = LiteralCoercion.CoerceArgumentValues(Definition.Arguments, _nodes[0].Arguments, variables, out _argumentError);
        }

        return _arguments ?? throw ExecutionErrors.InvalidArguments(_argumentError!);
    }

    /// <summary>
    /// The default resolver (see <see cref="DefaultFieldResolver"/>), remembering the getter of the last parent CLR
    /// type: the objects one field runs on are almost always of one type.
    /// </summary>
    public object? ResolveByDefault(object? parent)
    {
        if (parent is null or IReadOnlyDictionary<string, object?>)
        {
            return DefaultFieldResolver.Resolve(parent, Definition.Name);
        }

        var type = parent.GetType();
        if (!ReferenceEquals(type, _parentClrType))
        {
            _parentGetter = DefaultFieldResolver.GetterFor(type, Definition.Name);
            _parentClrType = type;
        }

        return _parentGetter?.Invoke(parent);
    }

    /// <summary>The grouped field set of this field's sub-selections on <paramref name="objectType"/>, collected once.</summary>
    public SelectionPlan SubPlan(ObjectType objectType, FieldCollector collector)
    {
        if (ReferenceEquals(_firstSubType, objectType))
        {
            return _firstSubPlan!;
        }

        if (_firstSubType is null)
        {
            _firstSubType = objectType;
            return _firstSubPlan = collector.CollectSubfields(objectType, this);
        }

        _otherSubPlans ??= [];
        if (!_otherSubPlans.TryGetValue(objectType, out var plan))
        {
            _otherSubPlans[objectType] = plan = collector.CollectSubfields(objectType, this);
        }

        return plan;
    }
}

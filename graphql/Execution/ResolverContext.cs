using System.Diagnostics.CodeAnalysis;
using Actors.GraphQL.DataLoader;
using Actors.GraphQL.Language;
using Actors.GraphQL.Types;

namespace Actors.GraphQL.Execution;

/// <summary>
/// What a resolver sees: the parent value, the field and its coerced arguments, the request (user,
/// services, transport data), the response path and cancellation.
/// </summary>
public sealed class ResolverContext
{
    private readonly ExecutionScope? _scope;
    private readonly CancellationToken _cancellationToken;
    private readonly IDictionary<Type, object>? _requestState;

    public ResolverContext()
    {
    }

    /// <summary>The executor's context for one field: <see cref="CancellationToken"/> and <see cref="RequestState"/> are the execution's, made when first read.</summary>
    [SetsRequiredMembers]
#pragma warning disable CS8618 // RequestState is not assigned: its getter reads the scope's.
    internal ResolverContext(
        ExecutionScope scope, object? parent, ObjectType parentType, FieldDefinition field, FieldNode selection,
        IReadOnlyDictionary<string, object?> arguments, RequestOptions request)
    {
        _scope = scope;
        Parent = parent;
        ParentType = parentType;
        Field = field;
        Selection = selection;
        Arguments = arguments;
        Request = request;
    }
#pragma warning restore CS8618

    /// <summary>The value the parent field resolved to (null on the root types).</summary>
    public required object? Parent { get; init; }

    public required ObjectType ParentType { get; init; }

    public required FieldDefinition Field { get; init; }

    /// <summary>The first field node of the selection this value is for.</summary>
    public required FieldNode Selection { get; init; }

    /// <summary>Coerced arguments: int, long, double, decimal, string, bool, DateTimeOffset, enum names as string,
    /// input objects as IReadOnlyDictionary&lt;string, object?&gt;, lists as IReadOnlyList&lt;object?&gt;; absent when not given and without default.</summary>
    public required IReadOnlyDictionary<string, object?> Arguments { get; init; }

    public required RequestOptions Request { get; init; }

    private IReadOnlyList<object>? _path;

    /// <summary>The response path of this field: field names (string) and list indices (int).</summary>
    public IReadOnlyList<object> Path
    {
        get => _path ??= PathNode?.PathOf(PathSlot) ?? (IReadOnlyList<object>)[];
        init => _path = value;
    }

    /// <summary>Where the executor puts this field's value, from which <see cref="Path"/> is made when it is read.</summary>
    internal ResultNode? PathNode { get; init; }

    internal int PathSlot { get; init; }

    public required CancellationToken CancellationToken
    {
        get => _scope is { } scope ? scope.CancellationToken : _cancellationToken;
        init => _cancellationToken = value;
    }

    /// <summary>Per-request state shared by resolvers (e.g. the DataLoader scope), set by the executor.</summary>
    public required IDictionary<Type, object> RequestState
    {
        get => _scope is { } scope ? scope.RequestState : _requestState!;
        init => _requestState = value;
    }

    /// <summary>Every field node merged into this field's response key (several when fragments select it again); <see cref="Selection"/> is the first.</summary>
    public IReadOnlyList<FieldNode> FieldNodes { get; init; } = [];

    /// <summary>The operation's coerced variable values.</summary>
    public IReadOnlyDictionary<string, object?> Variables { get; init; } = LiteralCoercion.NoArguments;

    public bool HasArgument(string name) => Arguments.ContainsKey(name);

    /// <summary>The coerced argument value, or default when absent.</summary>
    public object? Argument(string name) => Arguments.GetValueOrDefault(name);

    /// <summary>A service from the request's services.</summary>
    public T Service<T>() where T : notnull =>
        Request.Services?.GetService(typeof(T)) is T service
            ? service
            : throw new InvalidOperationException($"Service {typeof(T).Name} is not registered.");

    /// <summary>
    /// The request's instance of <typeparamref name="TLoader"/> from its <see cref="DataLoaderScope"/>, created by
    /// <paramref name="factory"/> on first use; keys it loads are batched per execution level.
    /// </summary>
    public TLoader DataLoader<TLoader>(Func<TLoader> factory) where TLoader : DataLoaderBase =>
        RequestState.TryGetValue(typeof(DataLoaderScope), out var scope)
            ? ((DataLoaderScope)scope).GetOrCreate(factory)
            : throw new InvalidOperationException("This resolver context has no DataLoader scope; the executor puts one in RequestState for every request.");
}

namespace Actors.GraphQL.Protection;

/// <summary>The request limits checked after validation, before execution (configuration section "GraphQL").</summary>
public sealed class ProtectionOptions
{
    /// <summary>Deepest field nesting allowed (<c>{ a { b } }</c> is 2); 0 turns the check off.</summary>
    public int MaxDepth { get; set; } = 15;

    public CostOptions Cost { get; set; } = new();

    /// <summary>Whether <c>__schema</c> and <c>__type</c> may be queried (<c>__typename</c> always may).</summary>
    public bool AllowIntrospection { get; set; } = true;

    /// <summary>Refuse every document sent as text: only persisted (trusted) documents run, looked up by id in
    /// the executor's <c>RequestExecutorOptions.PersistedDocuments</c> (an allowlist).</summary>
    public bool OnlyPersistedOperations { get; set; }
}

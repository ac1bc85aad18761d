namespace Actors.GraphQL.Binding;

/// <summary>
/// Marks a resolver class: its public methods and properties resolve the same-named fields of the object
/// (or interface) type <see cref="TypeName"/> of the SDL. Several classes may extend one type.
/// </summary>
/// <example>
/// <code>
/// [GraphQLType("Job", RuntimeType = typeof(JobView))]
/// public sealed class JobNode
/// {
///     public Task&lt;Client?&gt; GetClientAsync([Parent] JobView job, ClientByIdDataLoader clients, CancellationToken ct) =&gt;
///         clients.LoadAsync(job.ClientId, ct);
/// }
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class GraphQLTypeAttribute(string typeName) : Attribute
{
    /// <summary>The name of the SDL type whose fields this class resolves.</summary>
    public string TypeName { get; } = typeName;

    /// <summary>
    /// The CLR type of the values of <see cref="TypeName"/> (the parent of its fields), if declared: fields without
    /// a resolver are then read from its same-named properties, and return types are checked against it.
    /// </summary>
    public Type? RuntimeType { get; set; }
}

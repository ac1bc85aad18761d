namespace Actors.GraphQL.Binding;

/// <summary>The SDL name of a resolver member (the field it resolves) or of a parameter (the argument it takes).</summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Property | AttributeTargets.Parameter, Inherited = true)]
public sealed class GraphQLNameAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}

namespace Actors.GraphQL.Binding;

/// <summary>A public member of a resolver class that is not a resolver.</summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Property)]
public sealed class GraphQLIgnoreAttribute : Attribute;

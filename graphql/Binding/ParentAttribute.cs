namespace Actors.GraphQL.Binding;

/// <summary>The parameter receives the parent value: the object whose field is being resolved.</summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class ParentAttribute : Attribute;

using Actors.GraphQL.Execution;
using Actors.GraphQL.Language;

namespace Actors.GraphQL.Types;

/// <summary>
/// A field of an object or interface type: its type, arguments, deprecation and applied directives,
/// and — bound at startup — the resolver that produces its value (and, on the subscription root, the
/// resolver that produces its source stream).
/// </summary>
public sealed class FieldDefinition(
    string name, string? description, IGraphQLType type, IReadOnlyList<InputValueDefinition> arguments,
    string? deprecationReason, IReadOnlyList<DirectiveNode> directives)
{
    public string Name { get; } = name;

    public string? Description { get; } = description;

    public IGraphQLType Type { get; } = type;

    public IReadOnlyList<InputValueDefinition> Arguments { get; } = arguments;

    public string? DeprecationReason { get; } = deprecationReason;

    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>Directives applied to the field in the SDL (e.g. <c>@cost</c>, <c>@listSize</c>).</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;

    /// <summary>Produces the field's value; null means "read the property of the parent of the same name".</summary>
    public FieldResolver? Resolver { get; set; }

    /// <summary>On a subscription root field: produces the source stream of events.</summary>
    public SubscriptionResolver? Subscriber { get; set; }

    public InputValueDefinition? Argument(string argumentName)
    {
        foreach (var argument in Arguments)
        {
            if (argument.Name == argumentName)
            {
                return argument;
            }
        }

        return null;
    }

    public override string ToString() => Name;
}

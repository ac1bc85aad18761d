namespace Actors.GraphQL.Language;

/// <summary>
/// A schema, type or directive definition.
/// <code>TypeSystemDefinition : SchemaDefinition | TypeDefinition | DirectiveDefinition</code>
/// </summary>
public abstract record TypeSystemDefinitionNode : DefinitionNode, IHasDescription
{
    /// <inheritdoc/>
    public abstract StringValueNode? Description { get; init; }
}

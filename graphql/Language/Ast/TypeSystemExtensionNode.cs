namespace Actors.GraphQL.Language;

/// <summary>
/// A schema or type extension.
/// <code>TypeSystemExtension : SchemaExtension | TypeExtension</code>
/// </summary>
public abstract record TypeSystemExtensionNode : DefinitionNode;

namespace Actors.GraphQL.Language;

/// <summary>
/// A type reference.
/// <code>Type : NamedType | ListType | NonNullType</code>
/// </summary>
public abstract record TypeNode : SyntaxNode;

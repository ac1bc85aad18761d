using System.Runtime.CompilerServices;

namespace Actors.GraphQL.Language;

/// <summary>
/// The base of every node of the GraphQL syntax tree. Nodes are immutable records; <see cref="Location"/>
/// is where the node was written (null when the parser was told not to record locations, or for nodes
/// built by hand). <see cref="ToString"/> prints the node as GraphQL source with <see cref="Printer"/>.
/// <para>
/// A node is equal only to itself, as an object of a syntax tree is in graphql-js: two fields written
/// alike are two nodes, so rules may key sets and maps by node, with or without locations. Compare
/// shapes with <see cref="Printer.Print"/>.
/// </para>
/// </summary>
public abstract record SyntaxNode
{
    /// <summary>What kind of node this is; one <see cref="SyntaxKind"/> per concrete node type.</summary>
    public abstract SyntaxKind Kind { get; }

    /// <summary>Where the node was written, or null.</summary>
    public Location? Location { get; init; }

    /// <summary>Identity: true only for this very node.</summary>
    public virtual bool Equals(SyntaxNode? other) => ReferenceEquals(this, other);

    /// <summary>The identity hash, consistent with <see cref="Equals(SyntaxNode?)"/>.</summary>
    public override int GetHashCode() => RuntimeHelpers.GetHashCode(this);

    /// <summary>The node printed as GraphQL source.</summary>
    public sealed override string ToString() => Printer.Print(this);
}

namespace Actors.GraphQL.Errors;

/// <summary>A position in the request document: 1-based line and column, as the spec's error "locations".</summary>
public readonly record struct SourceLocation(int Line, int Column);

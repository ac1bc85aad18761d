namespace Actors.GraphQL.Types;

/// <summary>How the SDL declares a scalar: its description and <c>@specifiedBy</c> URL, both optional.</summary>
internal sealed record ScalarDeclaration(string? Description, string? SpecifiedByUrl);

using System.Linq;
using Microsoft.CodeAnalysis;

namespace Actors.Runtime.CodeGen;

/// <summary>The runtime's serialization attributes, as the generator recognizes them on symbols.</summary>
internal static class SerializerAttributes
{
    public const string GenerateSerializer = "Actors.Runtime.GenerateSerializerAttribute";
    public const string Id = "Actors.Runtime.IdAttribute";
    public const string Immutable = "Actors.Runtime.ImmutableAttribute";

    public static bool Has(ISymbol symbol, string attributeName) =>
        symbol.GetAttributes().Any(attribute => attribute.AttributeClass?.ToDisplayString() == attributeName);

    /// <summary>The id of an <c>[Id(n)]</c> on the symbol, or null when it has none.</summary>
    public static uint? GetId(ISymbol symbol)
    {
        var attribute = symbol.GetAttributes().FirstOrDefault(candidate => candidate.AttributeClass?.ToDisplayString() == Id);
        return attribute is { ConstructorArguments.Length: 1 } && attribute.ConstructorArguments[0].Value is uint id ? id : null;
    }
}

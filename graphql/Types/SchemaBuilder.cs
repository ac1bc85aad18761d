using Actors.GraphQL.Introspection;
using Actors.GraphQL.Language;

namespace Actors.GraphQL.Types;

/// <summary>
/// Builds a <see cref="Schema"/> from SDL (schema-first): the spec's scalars, directives and
/// introspection types are always present; DateTime, Decimal and Long are provided when declared; other
/// scalars must be given. Every problem found is reported at once in a <see cref="SchemaException"/>.
/// </summary>
public static class SchemaBuilder
{
    public static Schema Build(string sdl, IEnumerable<ScalarType>? scalars = null)
    {
        var document = Parser.Parse(sdl, new ParserOptions { MaxTokens = int.MaxValue, MaxDocumentBytes = int.MaxValue, MaxFields = int.MaxValue });
        var assembler = new SchemaAssembler(scalars ?? []);
        assembler.Add(Parser.Parse(BuiltInDirectives.Sdl), builtIn: true);
        assembler.Add(Parser.Parse(IntrospectionTypes.Sdl), builtIn: true);
        assembler.Add(document, builtIn: false);
        return assembler.Assemble();
    }
}

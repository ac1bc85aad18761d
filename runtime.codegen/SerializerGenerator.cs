using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Actors.Runtime.CodeGen;

/// <summary>
/// Generates, at build time, a binary codec (write, read, deep copy) for every type marked
/// <c>[GenerateSerializer]</c> in the compilation, and registers it with the runtime's
/// <c>CodecRegistry</c> from a module initializer, so serialization needs no reflection.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class SerializerGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var results = context.SyntaxProvider.ForAttributeWithMetadataName(
            SerializerAttributes.GenerateSerializer,
            static (node, _) => node is BaseTypeDeclarationSyntax,
            static (attributeContext, cancellationToken) => SerializableTypeModelBuilder.Build(
                (INamedTypeSymbol)attributeContext.TargetSymbol, attributeContext.SemanticModel.Compilation, cancellationToken));

        context.RegisterSourceOutput(results, static (output, result) =>
        {
            foreach (var diagnostic in result.Diagnostics)
            {
                output.ReportDiagnostic(diagnostic.ToDiagnostic());
            }

            if (result.Model is { } model)
            {
                output.AddSource(CodecEmitter.HintName(model), CodecEmitter.Emit(model));
            }
        });
    }
}

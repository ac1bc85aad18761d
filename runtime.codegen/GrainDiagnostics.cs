using Microsoft.CodeAnalysis;

namespace Actors.Runtime.CodeGen;

/// <summary>Compile errors for grain interfaces and classes the runtime cannot serve.</summary>
internal static class GrainDiagnostics
{
    public static Diagnostic Create(GrainProblem problem) =>
        Diagnostic.Create(
            new DiagnosticDescriptor(problem.Id, "Unsupported grain code", "{0}", "Actors.Runtime", DiagnosticSeverity.Error, isEnabledByDefault: true),
            problem.Location,
            problem.Message);
}

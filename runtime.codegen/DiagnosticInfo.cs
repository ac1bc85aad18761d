using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Actors.Runtime.CodeGen;

/// <summary>
/// A diagnostic held as plain values (descriptor, source position, message arguments) so it can sit in
/// an incremental pipeline's cache without keeping a syntax tree alive.
/// </summary>
internal sealed record DiagnosticInfo(
    DiagnosticDescriptor Descriptor,
    string? FilePath,
    TextSpan Span,
    LinePositionSpan LineSpan,
    EquatableArray<string> Arguments)
{
    /// <summary>Captures a diagnostic at <paramref name="location"/> (ignored unless it is in source).</summary>
    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, Location? location, params string[] arguments) =>
        location is { IsInSource: true }
            ? new DiagnosticInfo(descriptor, location.SourceTree?.FilePath, location.SourceSpan, location.GetLineSpan().Span, new EquatableArray<string>(arguments))
            : new DiagnosticInfo(descriptor, null, default, default, new EquatableArray<string>(arguments));

    public Diagnostic ToDiagnostic() =>
        Diagnostic.Create(
            Descriptor,
            FilePath is null ? Location.None : Location.Create(FilePath, Span, LineSpan),
            Arguments.Cast<object>().ToArray());
}

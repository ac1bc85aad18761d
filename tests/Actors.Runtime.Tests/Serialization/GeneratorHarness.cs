using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Actors.Runtime.Tests.Serialization;

/// <summary>
/// Runs the serializer generator over a small source file, the way the compiler does. The generator is
/// loaded from the analyzer the build produced (runtime.codegen's output for this configuration).
/// </summary>
internal static class GeneratorHarness
{
    private static readonly Lazy<ISourceGenerator> _generator = new(LoadGenerator);

    private static readonly ImmutableArray<MetadataReference> _references =
    [
        .. ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Select(path => MetadataReference.CreateFromFile(path)),
        MetadataReference.CreateFromFile(typeof(GenerateSerializerAttribute).Assembly.Location),
    ];

    public static GeneratorRun Run(params string[] sources)
    {
        var compilation = CSharpCompilation.Create(
            "Sample",
            sources.Select(source => CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest))),
            _references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            [_generator.Value],
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        return new GeneratorRun(driver, compilation, output);
    }

    private static ISourceGenerator LoadGenerator()
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(root.FullName, "Actors.sln")))
        {
            root = root.Parent ?? throw new InvalidOperationException("Actors.sln was not found above the test binaries.");
        }

        var path = Path.Combine(root.FullName, "runtime.codegen", "bin", configuration, "netstandard2.0", "Actors.Runtime.CodeGen.dll");
        var type = Assembly.LoadFrom(path).GetType("Actors.Runtime.CodeGen.SerializerGenerator", throwOnError: true)!;
        return ((IIncrementalGenerator)Activator.CreateInstance(type)!).AsSourceGenerator();
    }
}

/// <summary>The outcome of a generator run: its diagnostics, its sources, and the compiled result.</summary>
internal sealed record GeneratorRun(GeneratorDriver Driver, Compilation Input, Compilation Output)
{
    public GeneratorRunResult Result => Driver.GetRunResult().Results.Single();

    public ImmutableArray<Diagnostic> GeneratorDiagnostics => Result.Diagnostics;

    public ImmutableArray<Diagnostic> CompileErrors =>
        [.. Output.GetDiagnostics().Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error)];

    public IReadOnlyList<string> Sources => [.. Result.GeneratedSources.Select(source => source.SourceText.ToString())];

    public Diagnostic Single(string id) => Assert.Single(GeneratorDiagnostics, diagnostic => diagnostic.Id == id);
}

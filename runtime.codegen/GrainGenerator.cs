using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Actors.Runtime.CodeGen;

/// <summary>
/// Generates, at build time, a proxy and one request class per method for every grain interface,
/// a factory for every grain class (constructor injection, persistent state by attribute), and the
/// assembly's manifest provider that registers them with the runtime. No reflection at call time.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class GrainGenerator : IIncrementalGenerator
{
    private const string RuntimeNamespace = "Actors.Runtime";

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var interfaces = context.SyntaxProvider.CreateSyntaxProvider(
                static (node, _) => node is InterfaceDeclarationSyntax { BaseList: not null },
                static (syntax, token) => AnalyzeInterface(syntax, token))
            .Where(static result => result.Model is not null || result.Problems.Count > 0);

        var classes = context.SyntaxProvider.CreateSyntaxProvider(
                static (node, _) => node is ClassDeclarationSyntax { BaseList: not null },
                static (syntax, token) => AnalyzeClass(syntax, token))
            .Where(static result => result.Model is not null || result.Problems.Count > 0);

        var all = interfaces.Collect().Combine(classes.Collect()).Combine(context.CompilationProvider.Select(static (c, _) => c.AssemblyName ?? "Assembly"));
        context.RegisterSourceOutput(all, static (output, input) =>
        {
            var ((interfaceResults, classResults), assemblyName) = input;
            foreach (var problem in interfaceResults.SelectMany(r => r.Problems).Concat(classResults.SelectMany(r => r.Problems)).Distinct())
            {
                output.ReportDiagnostic(GrainDiagnostics.Create(problem));
            }

            var grainInterfaces = interfaceResults.Select(r => r.Model).OfType<GrainInterfaceModel>()
                .GroupBy(m => m.FullName).Select(g => g.First()).OrderBy(m => m.FullName).ToList();
            var grainClasses = classResults.Select(r => r.Model).OfType<GrainClassModel>()
                .GroupBy(m => m.FullName).Select(g => g.First()).OrderBy(m => m.FullName).ToList();
            if (grainInterfaces.Count == 0 && grainClasses.Count == 0)
            {
                return;
            }

            foreach (var grainInterface in grainInterfaces)
            {
                output.AddSource(grainInterface.ProxyName + ".g.cs", ProxyEmitter.EmitProxy(grainInterface));
                foreach (var request in ProxyEmitter.RequestModels(grainInterface))
                {
                    output.AddSource(CodecEmitter.HintName(request), CodecEmitter.Emit(request));
                }
            }

            output.AddSource("GrainManifestProvider.g.cs", ProxyEmitter.EmitManifest(assemblyName, grainInterfaces, grainClasses));
        });
    }

    private static AnalysisResult<GrainInterfaceModel> AnalyzeInterface(GeneratorSyntaxContext context, CancellationToken token)
    {
        if (context.SemanticModel.GetDeclaredSymbol(context.Node, token) is not INamedTypeSymbol symbol
            || !IsGrainInterface(symbol) || IsMarker(symbol))
        {
            return AnalysisResult<GrainInterfaceModel>.None;
        }

        var problems = new List<GrainProblem>();
        if (symbol.IsGenericType)
        {
            problems.Add(new GrainProblem("ACT100", $"Grain interface {symbol.Name} is generic; grain interfaces cannot have type parameters.", symbol.Locations.FirstOrDefault()));
            return new AnalysisResult<GrainInterfaceModel>(null, problems);
        }

        var methods = new List<GrainMethodModel>();
        foreach (var declaring in new[] { symbol }.Concat(symbol.AllInterfaces.Where(i => IsGrainInterface(i) && !IsMarker(i))))
        {
            foreach (var method in declaring.GetMembers().OfType<IMethodSymbol>())
            {
                if (method.MethodKind != MethodKind.Ordinary || method.IsStatic)
                {
                    continue;
                }

                var model = AnalyzeMethod(declaring, method, problems);
                if (model is not null)
                {
                    methods.Add(model);
                }
            }
        }

        var shortName = symbol.Name;
        var model2 = new GrainInterfaceModel(
            Display(symbol),
            shortName,
            ProxyEmitter.ProxyNameOf(symbol.ContainingNamespace.IsGlobalNamespace ? "" : symbol.ContainingNamespace.ToDisplayString(), symbol.Name),
            new GrainValueList<GrainMethodModel>(methods));
        return new AnalysisResult<GrainInterfaceModel>(problems.Count == 0 ? model2 : null, problems);
    }

    private static GrainMethodModel? AnalyzeMethod(INamedTypeSymbol declaring, IMethodSymbol method, List<GrainProblem> problems)
    {
        var location = method.Locations.FirstOrDefault();
        if (method.IsGenericMethod)
        {
            problems.Add(new GrainProblem("ACT102", $"Grain method {declaring.Name}.{method.Name} is generic; grain methods cannot have type parameters.", location));
            return null;
        }

        if (method.Parameters.Any(p => p.RefKind != RefKind.None))
        {
            problems.Add(new GrainProblem("ACT103", $"Grain method {declaring.Name}.{method.Name} has a ref, out or in parameter; arguments travel in messages.", location));
            return null;
        }

        var returnType = method.ReturnType as INamedTypeSymbol;
        var returnName = returnType?.ConstructedFrom.ToDisplayString();
        GrainReturnKind kind;
        string? resultType = null;
        switch (returnName)
        {
            case "System.Threading.Tasks.Task":
                kind = GrainReturnKind.Task;
                break;
            case "System.Threading.Tasks.Task<TResult>":
                kind = GrainReturnKind.TaskOfT;
                resultType = Display(returnType!.TypeArguments[0]);
                break;
            case "System.Threading.Tasks.ValueTask":
                kind = GrainReturnKind.ValueTask;
                break;
            case "System.Threading.Tasks.ValueTask<TResult>":
                kind = GrainReturnKind.ValueTaskOfT;
                resultType = Display(returnType!.TypeArguments[0]);
                break;
            default:
                problems.Add(new GrainProblem("ACT101", $"Grain method {declaring.Name}.{method.Name} returns {method.ReturnType.ToDisplayString()}; grain methods return Task, Task<T>, ValueTask or ValueTask<T>.", location));
                return null;
        }

        return new GrainMethodModel(
            Display(declaring),
            method.Name,
            kind,
            resultType,
            new GrainValueList<GrainParameterModel>(method.Parameters.Select(p => new GrainParameterModel(p.Name, Display(p.Type)))),
            HasAttribute(method, "ReadOnlyAttribute"),
            HasAttribute(method, "AlwaysInterleaveAttribute"));
    }

    private static AnalysisResult<GrainClassModel> AnalyzeClass(GeneratorSyntaxContext context, CancellationToken token)
    {
        if (context.SemanticModel.GetDeclaredSymbol(context.Node, token) is not INamedTypeSymbol symbol
            || symbol.IsAbstract || !DerivesFromGrain(symbol))
        {
            return AnalysisResult<GrainClassModel>.None;
        }

        var problems = new List<GrainProblem>();
        var location = symbol.Locations.FirstOrDefault();
        if (symbol.IsGenericType)
        {
            problems.Add(new GrainProblem("ACT110", $"Grain class {symbol.Name} is generic; grain classes cannot have type parameters.", location));
            return new AnalysisResult<GrainClassModel>(null, problems);
        }

        var constructors = symbol.InstanceConstructors.Where(c => c.DeclaredAccessibility is Accessibility.Public or Accessibility.Internal).ToList();
        if (constructors.Count != 1)
        {
            problems.Add(new GrainProblem("ACT111", $"Grain class {symbol.Name} has {constructors.Count} public or internal constructors; it needs exactly one for injection.", location));
            return new AnalysisResult<GrainClassModel>(null, problems);
        }

        var arguments = new List<GrainConstructorArgument>();
        foreach (var parameter in constructors[0].Parameters)
        {
            var stateAttribute = parameter.GetAttributes().FirstOrDefault(a => IsRuntimeType(a.AttributeClass, "PersistentStateAttribute"));
            if (stateAttribute is null)
            {
                arguments.Add(new GrainConstructorArgument(Display(parameter.Type), null, null, null));
                continue;
            }

            if (parameter.Type is not INamedTypeSymbol { IsGenericType: true } stateType
                || stateType.ConstructedFrom.ToDisplayString() != "Actors.Runtime.Persistence.IPersistentState<TState>")
            {
                problems.Add(new GrainProblem("ACT112", $"Parameter {parameter.Name} of {symbol.Name} has [PersistentState] but is not an IPersistentState<T>.", parameter.Locations.FirstOrDefault()));
                continue;
            }

            var args = stateAttribute.ConstructorArguments;
            var stateName = args.Length > 0 ? args[0].Value as string : null;
            var storageName = args.Length > 1 ? args[1].Value as string : null;
            arguments.Add(new GrainConstructorArgument(Display(parameter.Type), Display(stateType.TypeArguments[0]), stateName, storageName ?? "Default"));
        }

        var grainTypeAttribute = symbol.GetAttributes().FirstOrDefault(a => IsRuntimeType(a.AttributeClass, "GrainTypeAttribute"));
        var grainType = grainTypeAttribute?.ConstructorArguments.FirstOrDefault().Value as string ?? DefaultGrainType(symbol.Name);
        var namespaces = symbol.GetAttributes()
            .Where(a => IsRuntimeType(a.AttributeClass, "ImplicitStreamSubscriptionAttribute"))
            .Select(a => a.ConstructorArguments.FirstOrDefault().Value as string)
            .OfType<string>()
            .ToList();
        if (namespaces.Count > 0 && !symbol.AllInterfaces.Any(i => i.ToDisplayString() == "Actors.Runtime.Streams.IStreamSubscriber"))
        {
            problems.Add(new GrainProblem("ACT113", $"Grain class {symbol.Name} has [ImplicitStreamSubscription] but does not implement IStreamSubscriber.", location));
        }

        var model = new GrainClassModel(
            Display(symbol),
            grainType,
            new GrainValueList<string>(symbol.AllInterfaces.Where(i => IsGrainInterface(i) && !IsMarker(i)).Select(Display).OrderBy(n => n)),
            new GrainValueList<GrainConstructorArgument>(arguments),
            symbol.GetAttributes().Any(a => IsRuntimeType(a.AttributeClass, "ReentrantAttribute")),
            new GrainValueList<string>(namespaces));
        return new AnalysisResult<GrainClassModel>(problems.Count == 0 ? model : null, problems);
    }

    /// <summary>JobGrain is "job"; ShoppingCartGrain is "shoppingcart".</summary>
    private static string DefaultGrainType(string className)
    {
        var name = className.EndsWith("Grain") && className.Length > "Grain".Length
            ? className.Substring(0, className.Length - "Grain".Length)
            : className;
        return name.ToLowerInvariant();
    }

    private static bool IsGrainInterface(INamedTypeSymbol symbol) =>
        symbol.TypeKind == TypeKind.Interface && symbol.AllInterfaces.Any(i => IsRuntimeType(i, "IGrain"));

    private static bool IsMarker(INamedTypeSymbol symbol) =>
        IsRuntimeType(symbol, "IGrain") || IsRuntimeType(symbol, "IGrainWithStringKey") || IsRuntimeType(symbol, "IGrainWithGuidKey");

    private static bool DerivesFromGrain(INamedTypeSymbol symbol)
    {
        for (var type = symbol.BaseType; type is not null; type = type.BaseType)
        {
            if (IsRuntimeType(type, "Grain"))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsRuntimeType(INamedTypeSymbol? symbol, string name) =>
        symbol is not null && symbol.Name == name && symbol.ContainingNamespace.ToDisplayString() == RuntimeNamespace;

    private static bool HasAttribute(IMethodSymbol method, string name) =>
        method.GetAttributes().Any(a => IsRuntimeType(a.AttributeClass, name));

    private static readonly SymbolDisplayFormat s_format = SymbolDisplayFormat.FullyQualifiedFormat
        .WithMiscellaneousOptions(SymbolDisplayFormat.FullyQualifiedFormat.MiscellaneousOptions
            | SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    private static string Display(ITypeSymbol type) => type.ToDisplayString(s_format);

    private sealed record AnalysisResult<T>(T? Model, GrainValueList<GrainProblem> Problems) where T : class
    {
        public AnalysisResult(T? model, List<GrainProblem> problems)
            : this(model, new GrainValueList<GrainProblem>(problems))
        {
        }

        public static AnalysisResult<T> None { get; } = new(null, new List<GrainProblem>());
    }
}

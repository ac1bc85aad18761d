using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Actors.Runtime.Tests.Serialization;

public sealed class GeneratorDiagnosticsTests
{
    private const string Usings = "using System; using System.Collections.Generic; using Actors.Runtime;\nnamespace Sample;\n";

    [Fact]
    public void Supported_shapes_generate_codecs_that_compile()
    {
        var run = GeneratorHarness.Run(Usings + """
            [GenerateSerializer] public enum Kind { A, B }
            [GenerateSerializer] public sealed record Point([Id(0)] int X, [Id(1)] int Y = 5, string Label = "none");
            [GenerateSerializer] public record struct Pair([Id(0)] string Key, [Id(1)] List<Point> Values);
            [GenerateSerializer] public sealed class Request { [Id(0)] public int Arg0; [Id(1)] public string? Arg1; [Id(2)] public Kind @event; }
            [GenerateSerializer] public abstract class Shape { [Id(0)] public required string Name { get; init; } }
            [GenerateSerializer] public sealed class Circle : Shape { [Id(0)] public double Radius { get; set; } }
            [GenerateSerializer] public sealed class Holder(int count) { [Id(0)] public int Count { get; } = count; [Id(1)] public Shape? Shape { get; set; } }
            public static class Outer { [GenerateSerializer] internal readonly struct Inner { [Id(0)] public decimal Value { get; init; } } }
            [GenerateSerializer] public sealed record Sealed([Id(0)] int Value) { private readonly Hidden _hidden = new(); private sealed class Hidden { } }
            """);

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompileErrors);
        Assert.Equal(8, run.Sources.Count); // the abstract Shape gets none of its own
    }

    [Fact]
    public void A_duplicate_id_is_an_error_naming_the_type_and_both_members()
    {
        const string Source = Usings + """
            [GenerateSerializer] public sealed class Bid { [Id(1)] public int Amount { get; set; } [Id(1)] public string Note { get; set; } = ""; }
            """;
        var run = GeneratorHarness.Run(Source);

        var diagnostic = run.Single("ACT001");
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal("Type 'Sample.Bid' uses [Id(1)] for both 'Amount' and 'Note'; ids must be unique within a type", diagnostic.GetMessage());
        Assert.Equal("Note", Source.Substring(diagnostic.Location.SourceSpan.Start, diagnostic.Location.SourceSpan.Length));
        Assert.Equal(2, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Empty(run.Sources);
    }

    [Fact]
    public void The_same_id_at_two_inheritance_levels_is_allowed()
    {
        var run = GeneratorHarness.Run(Usings + """
            [GenerateSerializer] public class Base { [Id(0)] public int A { get; set; } }
            [GenerateSerializer] public sealed class Derived : Base { [Id(0)] public int B { get; set; } }
            """);

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompileErrors);
    }

    [Fact]
    public void An_unsupported_member_type_is_an_error_naming_the_member_and_the_type()
    {
        var run = GeneratorHarness.Run(Usings + """
            public sealed class Plain { }
            [GenerateSerializer] public sealed class Job
            {
                [Id(0)] public System.Text.StringBuilder Draft { get; set; } = new();
                [Id(1)] public List<Plain> Items { get; set; } = new();
                [Id(2)] public IEnumerable<int> Numbers { get; set; } = [];
                [Id(3)] public Action? Callback { get; set; }
            }
            """);

        var messages = run.GeneratorDiagnostics.Where(d => d.Id == "ACT002").Select(d => d.GetMessage()).ToList();
        Assert.Equal(4, messages.Count);
        Assert.Contains(messages, m => m.StartsWith("Member 'Sample.Job.Draft' cannot be serialized: its type 'System.Text.StringBuilder'", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("'Sample.Job.Items'", StringComparison.Ordinal) && m.Contains("because 'Sample.Plain' is neither", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("'Sample.Job.Numbers'", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("'Sample.Job.Callback'", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("[Id(0)] private int Secret;", "Secret", "generated code cannot read it")]
    [InlineData("[Id(0)] public static int Shared;", "Shared", "it is static")]
    [InlineData("[Id(0)] public readonly int Fixed;", "Fixed", "it is read-only and no constructor parameter")]
    [InlineData("[Id(0)] public int Computed => 1;", "Computed", "it is read-only and no constructor parameter")]
    [InlineData("[Id(0)] public int Value { get; private set; }", "Value", "it is read-only and no constructor parameter")]
    [InlineData("[Id(0)] public int Value { get; set; } public required string Name { get; set; }", "Name", "it is required but has no [Id]")]
    public void A_member_generated_code_cannot_read_or_assign_is_an_error_naming_it(string members, string member, string reason)
    {
        var run = GeneratorHarness.Run(Usings + $"[GenerateSerializer] public sealed class Item {{ {members} }}");

        var message = run.Single("ACT003").GetMessage();
        Assert.StartsWith($"Member 'Sample.Item.{member}' cannot be serialized: {reason}", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[GenerateSerializer] public sealed class Box<T> { [Id(0)] public T? Value { get; set; } }", "Sample.Box<T>", "generic types are not supported")]
    [InlineData("public class Host { [GenerateSerializer] private sealed class Hidden { } }", "Sample.Host.Hidden", "generated code cannot reach it")]
    [InlineData("[GenerateSerializer] public sealed class Locked { private Locked() { } }", "Sample.Locked", "it has no public or internal constructor")]
    [InlineData("[GenerateSerializer] public sealed class Failure : Exception { }", "Sample.Failure", "exceptions are serialized by the runtime's exception codec")]
    public void A_type_that_cannot_get_a_codec_is_an_error_naming_it(string source, string type, string reason)
    {
        var run = GeneratorHarness.Run(Usings + source);

        var message = run.Single("ACT004").GetMessage();
        Assert.StartsWith($"Type '{type}' cannot have a generated serializer: {reason}", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Output_is_deterministic_and_cached_across_unrelated_edits()
    {
        const string Source = Usings + "[GenerateSerializer] public sealed record Money([Id(0)] long Amount, [Id(1)] string Currency);";
        var first = GeneratorHarness.Run(Source);
        var second = GeneratorHarness.Run(Source);
        Assert.Equal(first.Sources, second.Sources);

        var edited = first.Driver.RunGenerators(first.Input.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace Other; public sealed class Unrelated { }")));
        var outputs = edited.GetRunResult().Results.Single().TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(step => step.Outputs).ToList();
        Assert.NotEmpty(outputs);
        Assert.All(outputs, output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
    }
}

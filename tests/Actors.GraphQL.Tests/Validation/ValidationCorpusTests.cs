using System.Text.Json;
using Actors.GraphQL.Language;
using Actors.GraphQL.Types;
using Actors.GraphQL.Validation;

namespace Actors.GraphQL.Tests.Validation;

/// <summary>
/// Our accept/reject decision equals graphql-js's for every document of the corpus in
/// tests/clients/validation (judged by graphql 16 into expected.json by tests/clients/validation/judge.mjs).
/// </summary>
public sealed class ValidationCorpusTests
{
    private static readonly string s_corpus = Path.Combine(RepositoryRoot(), "tests", "clients", "validation");
    private static readonly Lazy<Schema> s_schema = new(() => SchemaBuilder.Build(File.ReadAllText(Path.Combine(s_corpus, "schema.graphql"))));
    private static readonly Lazy<Dictionary<string, JsonElement>> s_expected = new(() =>
        JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(File.ReadAllText(Path.Combine(s_corpus, "expected.json")))!);

    public static TheoryData<string> Documents()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(s_corpus, "corpus"), "*.graphql").Select(Path.GetFileName).Order(StringComparer.Ordinal))
        {
            data.Add(file!);
        }

        return data;
    }

    [Fact]
    public void The_corpus_has_at_least_300_documents_judged_by_graphql_js()
    {
        Assert.True(Documents().Count >= 300);
        Assert.Equal(Documents().Count, s_expected.Value.Count);
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Our_decision_equals_graphql_js(string file)
    {
        var expected = s_expected.Value[file];
        var expectedValid = expected.GetProperty("valid").GetBoolean();
        var source = File.ReadAllText(Path.Combine(s_corpus, "corpus", file));

        IReadOnlyList<string> errors;
        try
        {
            errors = DocumentValidator.Validate(s_schema.Value, Parser.Parse(source)).Select(e => e.Message).ToList();
        }
        catch (GraphQLSyntaxError syntax)
        {
            errors = [syntax.Message];
        }

        var expectedMessages = expected.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("message").GetString()).ToList();
        Assert.True(expectedValid == (errors.Count == 0),
            $"graphql-js says {(expectedValid ? "valid" : "invalid")}; we found {errors.Count} error(s): {string.Join(" | ", errors)}; graphql-js: {string.Join(" | ", expectedMessages)}");
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Actors.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Actors.sln not found.");
    }
}

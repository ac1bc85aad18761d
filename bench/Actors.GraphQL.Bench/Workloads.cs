using System.Text.Json;

namespace Actors.GraphQL.Bench;

/// <summary>
/// The three workloads of bench/RESULTS.md, read from the request bodies that <c>node bench/graphql-peers/bodies.mjs</c>
/// writes (the same bodies the load drivers post), so that every engine runs the same documents.
/// </summary>
internal static class Workloads
{
    public static readonly string[] Names = ["three-fields", "nested-list", "introspection"];

    private static readonly string Folder = Path.Combine("bench", "graphql-peers", "bodies");

    public static string Query(string workload)
    {
        var file = Find(Path.Combine(Folder, workload + ".json"))
            ?? throw new FileNotFoundException($"{Path.Combine(Folder, workload + ".json")} is missing: run `node bench/graphql-peers/bodies.mjs bench/graphql-peers/bodies` in the repository first.");

        using var body = JsonDocument.Parse(File.ReadAllBytes(file));
        return body.RootElement.GetProperty("query").GetString()!;
    }

    /// <summary>The file at <paramref name="relative"/> under the working directory or the nearest folder above it or above the program.</summary>
    private static string? Find(string relative)
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                var candidate = Path.Combine(folder.FullName, relative);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}

namespace Actors.GraphQL.Tests.Conformance;

/// <summary>The repository's root folder (the one holding Actors.sln), found from the test's output folder.</summary>
internal static class Repository
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Actors.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"Actors.sln was not found above {AppContext.BaseDirectory}.");
    }
}

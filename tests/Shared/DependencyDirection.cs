using System.Xml.Linq;

namespace Testing;

/// <summary>
/// Checks that a project references only the projects its layer may use: dependencies point one way
/// (grains -> grain-interfaces -> runtime; api -> grain-interfaces + graphql; silo -> everything;
/// runtime and graphql reference nothing of ours). Linked into each layer's test project.
/// </summary>
internal static class DependencyDirection
{
    public static void AssertProjectReferences(string project, params string[] allowed)
    {
        var root = RepositoryRoot();
        var path = Path.Combine(root, project);
        var references = XDocument.Load(path)
            .Descendants("ProjectReference")
            .Select(reference => Path.GetRelativePath(root,
                Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, reference.Attribute("Include")!.Value))))
            .Select(reference => reference.Replace('\\', '/'))
            .OrderBy(reference => reference, StringComparer.Ordinal)
            .ToList();

        Assert.Equal(allowed.OrderBy(reference => reference, StringComparer.Ordinal), references);
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

        throw new InvalidOperationException($"Actors.sln was not found above {AppContext.BaseDirectory}.");
    }
}

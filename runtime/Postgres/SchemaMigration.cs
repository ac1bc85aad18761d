using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Actors.Runtime.Postgres;

/// <summary>
/// One versioned SQL script of a component's schema. Scripts are embedded resources named
/// <c>NNNN_description.sql</c>; once applied to a database a script must never change, which the
/// migrator checks through <see cref="Checksum"/>.
/// </summary>
public sealed partial record SchemaMigration(string Component, int Version, string Name, string Sql)
{
    /// <summary>SHA-256 of the script text, hex encoded.</summary>
    public string Checksum { get; } = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Sql)));

    /// <summary>
    /// Reads every embedded <c>Migrations/NNNN_name.sql</c> resource of <paramref name="assembly"/>
    /// as migrations of <paramref name="component"/>, ordered by version.
    /// </summary>
    public static IReadOnlyList<SchemaMigration> FromAssembly(Assembly assembly, string component)
    {
        var migrations = new List<SchemaMigration>();
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            var match = ResourceName().Match(resource);
            if (!match.Success)
            {
                continue;
            }

            using var stream = assembly.GetManifestResourceStream(resource)
                ?? throw new InvalidOperationException($"Embedded migration '{resource}' cannot be opened.");
            using var reader = new StreamReader(stream, Encoding.UTF8);
            migrations.Add(new SchemaMigration(
                component,
                int.Parse(match.Groups["version"].Value, System.Globalization.CultureInfo.InvariantCulture),
                match.Groups["name"].Value,
                reader.ReadToEnd()));
        }

        var duplicate = migrations.GroupBy(m => m.Version).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException(
                $"Component '{component}' has {duplicate.Count()} migrations with version {duplicate.Key}: " +
                string.Join(", ", duplicate.Select(m => m.Name)) + ".");
        }

        return [.. migrations.OrderBy(m => m.Version)];
    }

    [GeneratedRegex(@"\.Migrations\.(?<version>\d{4})_(?<name>[A-Za-z0-9_]+)\.sql$")]
    private static partial Regex ResourceName();
}

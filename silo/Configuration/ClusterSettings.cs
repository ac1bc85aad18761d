using Actors.Runtime.Clustering;

namespace Marketplace.Silo.Configuration;

/// <summary>
/// Whether the silo joins a cluster, and how: section "Cluster" (e.g. <c>--Cluster:Enabled=true --Cluster:SiloPort=11112</c>).
/// A cluster shares its state, membership and grain directory in PostgreSQL, so it needs <c>Storage:Provider=Postgres</c>.
/// </summary>
public sealed record ClusterSettings(bool Enabled, ClusterOptions Options)
{
    public const string Section = "Cluster";
    public const string EnabledKey = "Cluster:Enabled";

    /// <summary>Reads and checks the section; a bad value throws <see cref="ConfigurationError"/> naming its key.</summary>
    public static ClusterSettings From(IConfiguration configuration, StorageProvider storage)
    {
        var section = configuration.GetSection(Section);
        var enabled = section["Enabled"] switch
        {
            null or "" => false,
            var text when bool.TryParse(text, out var value) => value,
            var text => throw new ConfigurationError(EnabledKey, $"{EnabledKey} has the value '{text}'; accepted values: true, false."),
        };
        var options = new ClusterOptions();
        try
        {
            foreach (var child in section.GetChildren().Where(c => c.Key != "Enabled"))
            {
                if (typeof(ClusterOptions).GetProperty(child.Key) is null)
                {
                    throw new ConfigurationError($"{Section}:{child.Key}",
                        $"{Section}:{child.Key} is not a cluster setting; known: Enabled, {string.Join(", ", typeof(ClusterOptions).GetProperties().Select(p => p.Name))}.");
                }
            }

            section.Bind(options);
            options.Validate();
        }
        catch (ArgumentOutOfRangeException ex)
        {
            throw new ConfigurationError(ex.ParamName ?? Section, ex.Message.Split(" (Parameter", 2)[0]);
        }
        catch (InvalidOperationException ex)
        {
            throw new ConfigurationError(Section, $"{Section} has a value that cannot be read: {ex.Message}");
        }

        if (enabled && storage != StorageProvider.Postgres)
        {
            throw new ConfigurationError(EnabledKey,
                $"{EnabledKey}=true needs {StorageSettings.ProviderKey}=Postgres: the silos of a cluster share their state, membership and grain directory in PostgreSQL.");
        }

        return new ClusterSettings(enabled, options);
    }

    /// <summary>A description for logs.</summary>
    public string Describe() => Enabled
        ? $"cluster \"{Options.ClusterId}\", silo port {Options.SiloPort}, gateway port {(Options.GatewayPort < 0 ? "none" : Options.GatewayPort.ToString(System.Globalization.CultureInfo.InvariantCulture))}, advertised as {Options.AdvertisedHost}"
        : "on its own (no cluster)";
}

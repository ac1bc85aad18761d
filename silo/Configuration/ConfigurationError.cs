namespace Marketplace.Silo.Configuration;

/// <summary>A configuration value is missing or wrong; the message names the key and what it accepts.</summary>
public sealed class ConfigurationError(string key, string message) : Exception(message)
{
    /// <summary>The configuration key at fault, e.g. <c>Storage:Provider</c>.</summary>
    public string Key { get; } = key;
}

using Actors.Runtime.Hosting;

namespace Marketplace.Silo.Configuration;

/// <summary>The grain runtime's settings, section "Runtime" (e.g. <c>--Runtime:RequestTimeout=00:00:10</c>).</summary>
public static class RuntimeSettings
{
    public const string Section = "Runtime";

    /// <summary>Reads and checks the section into <paramref name="options"/>; a bad value throws <see cref="ConfigurationError"/> naming its key.</summary>
    public static void Bind(IConfiguration configuration, RuntimeOptions options)
    {
        try
        {
            configuration.GetSection(Section).Bind(options, binder => binder.ErrorOnUnknownConfiguration = true);
            options.Validate();
        }
        catch (ArgumentOutOfRangeException ex)
        {
            throw new ConfigurationError(ex.ParamName ?? Section, $"{ex.ParamName} must be a positive time span (e.g. 00:00:30); it is '{ex.ActualValue}'.");
        }
        catch (InvalidOperationException ex)
        {
            throw new ConfigurationError(Section, $"{Section} has a value that cannot be read: {ex.Message}");
        }
    }
}

using Marketplace.Silo;
using Marketplace.Silo.Configuration;

// dotnet run --project silo [-- migrate] [--Key=value ...]
try
{
    var commandLine = SiloCommandLine.Parse(args);
    return commandLine.Command switch
    {
        SiloCommand.Migrate => await SiloHost.MigrateAsync(commandLine.ConfigurationArgs),
        _ => await SiloHost.RunAsync(commandLine.ConfigurationArgs),
    };
}
catch (ConfigurationError error)
{
    await Console.Error.WriteLineAsync($"error: {error.Message}");
    return SiloHost.ExitConfigurationError;
}

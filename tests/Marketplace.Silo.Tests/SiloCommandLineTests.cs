using Marketplace.Silo.Configuration;

namespace Marketplace.Silo.Tests;

public sealed class SiloCommandLineTests
{
    [Theory]
    [InlineData(new string[0], SiloCommand.Run, 0)]
    [InlineData(new[] { "--urls=http://127.0.0.1:5001" }, SiloCommand.Run, 1)]
    [InlineData(new[] { "Storage:Provider=Postgres" }, SiloCommand.Run, 1)]
    [InlineData(new[] { "run", "--urls", "http://127.0.0.1:5001" }, SiloCommand.Run, 2)]
    [InlineData(new[] { "migrate", "--ConnectionStrings:Postgres=Host=db" }, SiloCommand.Migrate, 1)]
    public void The_first_word_names_the_command_and_the_rest_is_configuration(string[] args, SiloCommand command, int configurationArgs)
    {
        var commandLine = SiloCommandLine.Parse(args);

        Assert.Equal(command, commandLine.Command);
        Assert.Equal(configurationArgs, commandLine.ConfigurationArgs.Length);
    }

    [Fact]
    public void An_unknown_command_is_named_with_the_accepted_ones()
    {
        var error = Assert.Throws<ConfigurationError>(() => SiloCommandLine.Parse(["serve"]));

        Assert.Equal("unknown command 'serve'; commands: run (the default), migrate.", error.Message);
    }
}

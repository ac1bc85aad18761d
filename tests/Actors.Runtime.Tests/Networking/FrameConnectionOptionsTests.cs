using Actors.Runtime.Networking;

namespace Actors.Runtime.Tests.Networking;

/// <summary>The transport's options: defaults, and Validate naming the setting out of range.</summary>
public sealed class FrameConnectionOptionsTests
{
    [Fact]
    public void The_defaults_are_valid_and_allow_16_MiB_frames_and_a_5_second_connect()
    {
        var options = new FrameConnectionOptions();

        options.Validate();
        Assert.Equal(16 * 1024 * 1024, options.MaxFrameBytes);
        Assert.Equal(TimeSpan.FromSeconds(5), options.ConnectTimeout);
    }

    [Theory]
    [InlineData(nameof(FrameConnectionOptions.MaxFrameBytes))]
    [InlineData(nameof(FrameConnectionOptions.ConnectTimeout))]
    [InlineData(nameof(FrameConnectionOptions.CloseTimeout))]
    [InlineData(nameof(FrameConnectionOptions.FlushThresholdBytes))]
    [InlineData(nameof(FrameConnectionOptions.OutputBufferBytes))]
    public void Validate_names_the_setting_out_of_range(string setting)
    {
        var options = setting switch
        {
            nameof(FrameConnectionOptions.MaxFrameBytes) => new FrameConnectionOptions { MaxFrameBytes = 0 },
            nameof(FrameConnectionOptions.ConnectTimeout) => new FrameConnectionOptions { ConnectTimeout = TimeSpan.Zero },
            nameof(FrameConnectionOptions.CloseTimeout) => new FrameConnectionOptions { CloseTimeout = TimeSpan.FromSeconds(-1) },
            nameof(FrameConnectionOptions.FlushThresholdBytes) => new FrameConnectionOptions { FlushThresholdBytes = 0 },
            _ => new FrameConnectionOptions { OutputBufferBytes = 0 },
        };

        var error = Assert.Throws<ArgumentOutOfRangeException>(options.Validate);
        Assert.Equal(setting, error.ParamName);
    }
}

using Actors.Runtime.Activation;
using Actors.Runtime.Networking;
using Microsoft.Extensions.Logging;

namespace Actors.Runtime.Clustering;

/// <summary>
/// A silo's part of its cluster, put together: its connections (<see cref="MessageCenter"/>), the membership protocol,
/// the failure detector, and where grains are (<see cref="GrainLocator"/>). Bound first (the port decides the silo's
/// address), then joined; it leaves in two steps around the silo's deactivations.
/// </summary>
internal sealed class SiloCluster : IAsyncDisposable
{
    private readonly ILogger _logger;

    private SiloCluster(ClusterOptions options, MessageCenter messages, ClusterMembership membership, GrainLocator locator, FailureDetector detector, ILogger logger)
    {
        Options = options;
        Messages = messages;
        Membership = membership;
        Locator = locator;
        Detector = detector;
        _logger = logger;
    }

    public ClusterOptions Options { get; }

    public MessageCenter Messages { get; }

    public ClusterMembership Membership { get; }

    public GrainLocator Locator { get; }

    public FailureDetector Detector { get; }

    public SiloAddress Self => Messages.Self;

    /// <summary>Raised after the membership view changed and the locator and connections followed it.</summary>
    public event Action<ClusterView>? ViewChanged;

    /// <summary>Listens on the silo's ports and builds its part of the cluster; it is not in the membership table yet.</summary>
    public static async Task<SiloCluster> BindAsync(
        SiloRuntime silo, ClusterOptions options, IMembershipTable table, IGrainDirectory directory, ILoggerFactory loggerFactory, CancellationToken cancellationToken)
    {
        options.Validate();
        var logger = loggerFactory.CreateLogger("Actors.Runtime.Cluster");
        var messages = new MessageCenter(silo, options, loggerFactory);
        await messages.StartAsync(cancellationToken);
        var membership = new ClusterMembership(table, options, messages.Self, messages.GatewayPort, silo.Time, logger);
        var locator = new GrainLocator(directory, membership, silo.Manifest);
        var detector = new FailureDetector(membership, messages, options, silo.Time, logger);
        return new SiloCluster(options, messages, membership, locator, detector, logger);
    }

    /// <summary>Joins the membership (Joining, then Active once every active silo answers) and starts watching the others.</summary>
    public async Task JoinAsync(CancellationToken cancellationToken)
    {
        Membership.ViewChanged += OnViewChanged;
        Detector.SiloDeclaredDead += silo => _ = ForgetActivationsAsync(silo);
        await Membership.JoinAsync(Messages, cancellationToken);
        Detector.Start();
    }

    /// <summary>The first step of leaving: ShuttingDown, so no new activation is placed here while the silo deactivates its grains.</summary>
    public Task BeginLeavingAsync(CancellationToken cancellationToken) => Membership.BeginLeavingAsync(cancellationToken);

    /// <summary>The last step: stops probing and writes the silo Dead.</summary>
    public async Task LeaveAsync(CancellationToken cancellationToken)
    {
        await Detector.DisposeAsync();
        await Membership.LeaveAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await Detector.DisposeAsync();
        await Membership.DisposeAsync();
        await Messages.DisposeAsync();
    }

    private void OnViewChanged(ClusterView view)
    {
        Locator.OnViewChanged(view);
        Messages.OnViewChanged(view);
        ViewChanged?.Invoke(view);
    }

    /// <summary>A silo this one declared dead holds no activation any more: its directory entries go, so its grains can activate elsewhere.</summary>
    private async Task ForgetActivationsAsync(SiloAddress dead)
    {
        try
        {
            await Locator.Directory.UnregisterSiloAsync(dead, CancellationToken.None);
        }
        catch (Exception exception)
        {
            ClusterLog.TableUnreachable(_logger, Self, exception);
        }
    }
}

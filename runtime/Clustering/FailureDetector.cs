using Microsoft.Extensions.Logging;

namespace Actors.Runtime.Clustering;

/// <summary>
/// Watches this silo's successors among the active silos (<see cref="ClusterOptions.ProbedSilos"/> of them): every
/// <see cref="ClusterOptions.ProbePeriod"/> it probes each one directly, and after
/// <see cref="ClusterOptions.MissedProbesLimit"/> misses in a row it votes the silo dead through
/// <see cref="ClusterMembership.VoteDeadAsync"/> (again after every further miss, which refreshes the vote).
/// </summary>
internal sealed class FailureDetector : IAsyncDisposable
{
    private readonly ClusterMembership _membership;
    private readonly ISiloProber _prober;
    private readonly ClusterOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _stopping = new();
    private readonly Dictionary<SiloAddress, int> _missed = [];
    private Task _probing = Task.CompletedTask;
    private int _disposed;

    public FailureDetector(ClusterMembership membership, ISiloProber prober, ClusterOptions options, TimeProvider time, ILogger logger)
    {
        _membership = membership;
        _prober = prober;
        _options = options;
        _time = time;
        _logger = logger;
    }

    /// <summary>Raised when a vote this detector cast declared a silo dead.</summary>
    public event Action<SiloAddress>? SiloDeclaredDead;

    public void Start() => _probing = ProbeLoopAsync(_stopping.Token);

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        await _stopping.CancelAsync();
        try
        {
            await _probing;
        }
        catch (OperationCanceledException)
        {
        }

        _stopping.Dispose();
    }

    /// <summary>One round: probes every watched silo at once and acts on the outcomes.</summary>
    internal async Task ProbeOnceAsync(CancellationToken cancellationToken)
    {
        var view = _membership.View;
        var watched = view.Ring.Successors(_membership.Self, _options.ProbedSilos);
        foreach (var gone in _missed.Keys.Except(watched).ToList())
        {
            _missed.Remove(gone);
        }

        var outcomes = await Task.WhenAll(watched.Select(async silo => (Silo: silo, Answered: await _prober.ProbeAsync(silo, _options.ProbeTimeout, cancellationToken))));
        foreach (var (silo, answered) in outcomes)
        {
            if (answered)
            {
                _missed[silo] = 0;
                continue;
            }

            var missed = _missed[silo] = _missed.GetValueOrDefault(silo) + 1;
            ClusterLog.ProbeMissed(_logger, silo, missed, _membership.Self);
            if (missed >= _options.MissedProbesLimit && await _membership.VoteDeadAsync(silo, cancellationToken))
            {
                _missed.Remove(silo);
                SiloDeclaredDead?.Invoke(silo);
            }
        }
    }

    private async Task ProbeLoopAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            var started = _time.GetTimestamp();
            try
            {
                await ProbeOnceAsync(cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                ClusterLog.TableUnreachable(_logger, _membership.Self, exception);
            }

            var rest = _options.ProbePeriod - _time.GetElapsedTime(started);
            if (rest > TimeSpan.Zero)
            {
                await Task.Delay(rest, _time, cancellationToken);
            }
        }
    }
}

using Microsoft.Extensions.Logging;

namespace Actors.Runtime.Clustering;

/// <summary>
/// One silo's part in the membership protocol (Orleans' membership table manager): it joins the table as Joining,
/// becomes Active once it has reached every active silo, writes its heartbeat, keeps the current <see cref="View"/>
/// by reading the table, votes against silos its failure detector gave up on and declares them dead when enough
/// votes agree, leaves through ShuttingDown to Dead, and — when the table says it is dead — stops its own silo.
/// Every change is a version-checked write, retried on a newer version.
/// </summary>
internal sealed class ClusterMembership : IAsyncDisposable
{
    private const int MaxWriteAttempts = 20;

    private readonly IMembershipTable _table;
    private readonly ClusterOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _stopping = new();
    private readonly SemaphoreSlim _refreshing = new(1, 1);
    private readonly int _gatewayPort;
    private ClusterView _view = ClusterView.Empty;
    private Task _heartbeats = Task.CompletedTask;
    private Task _refreshes = Task.CompletedTask;
    private int _declaredDead;
    private int _disposed;

    public ClusterMembership(IMembershipTable table, ClusterOptions options, SiloAddress self, int gatewayPort, TimeProvider time, ILogger logger)
    {
        _table = table;
        _options = options;
        Self = self;
        _gatewayPort = gatewayPort;
        _time = time;
        _logger = logger;
    }

    public SiloAddress Self { get; }

    /// <summary>The newest view this silo has read.</summary>
    public ClusterView View => Volatile.Read(ref _view);

    /// <summary>Raised (on a thread-pool thread) after <see cref="View"/> moved to a newer version.</summary>
    public event Action<ClusterView>? ViewChanged;

    /// <summary>Called once when this silo reads that it was declared dead; the silo must stop serving.</summary>
    public Func<Task>? DeclaredDead { get; set; }

    /// <summary>
    /// Writes this silo as Joining (and any earlier generation on its endpoint as Dead), waits until every active
    /// silo answers a probe (re-reading the table, so silos that die meanwhile drop out), then writes it Active.
    /// </summary>
    public async Task JoinAsync(ISiloProber prober, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        var entry = new MembershipEntry
        {
            Silo = Self,
            Status = SiloStatus.Joining,
            GatewayPort = _gatewayPort,
            SiloName = $"{Environment.MachineName}/{Environment.ProcessId}",
            HostName = Environment.MachineName,
            StartedAt = now,
            IAmAliveAt = now,
        };
        await WriteAsync(snapshot => snapshot.Find(Self) is null ? (entry, Insert: true) : null, cancellationToken);
        await RetireEarlierGenerationsAsync(cancellationToken);

        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(_options.JoinTimeout);
        while (true)
        {
            var snapshot = await _table.ReadAllAsync(limit.Token);
            var unreached = new List<SiloAddress>();
            foreach (var other in snapshot.Entries.Where(e => e.Status == SiloStatus.Active && e.Silo != Self))
            {
                if (!await prober.ProbeAsync(other.Silo, _options.ProbeTimeout, limit.Token))
                {
                    unreached.Add(other.Silo);
                }
            }

            if (unreached.Count == 0)
            {
                break;
            }

            foreach (var other in unreached)
            {
                ClusterLog.WaitingToReach(_logger, Self, other);
            }

            try
            {
                await Task.Delay(_options.ProbePeriod, _time, limit.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new TimeoutException(
                    $"Silo {Self} could not reach the active silos {string.Join(", ", unreached)} within {_options.JoinTimeout.TotalSeconds:0.#} s; it does not join cluster {_options.ClusterId}.");
            }
        }

        var version = await ChangeOwnStatusAsync(SiloStatus.Active, cancellationToken);
        ClusterLog.Joined(_logger, Self, _options.ClusterId, version);
        _heartbeats = HeartbeatLoopAsync(_stopping.Token);
        _refreshes = RefreshLoopAsync(_stopping.Token);
    }

    /// <summary>Writes this silo as ShuttingDown: others stop placing grains here and stop probing it.</summary>
    public Task BeginLeavingAsync(CancellationToken cancellationToken) => ChangeOwnStatusAsync(SiloStatus.ShuttingDown, cancellationToken);

    /// <summary>Writes this silo as Dead (it has left for good) and stops the heartbeats and table reads.</summary>
    public async Task LeaveAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        await IgnoreCancellation(_heartbeats);
        await IgnoreCancellation(_refreshes);
        if (Interlocked.Exchange(ref _declaredDead, 1) == 0)
        {
            await ChangeOwnStatusAsync(SiloStatus.Dead, cancellationToken);
            ClusterLog.Left(_logger, Self, _options.ClusterId);
        }
    }

    /// <summary>
    /// Casts this silo's vote that <paramref name="silo"/> is dead (replacing its earlier vote) and, when the fresh
    /// votes reach what is needed, declares it dead in the same write. True when this write declared it.
    /// </summary>
    public async Task<bool> VoteDeadAsync(SiloAddress silo, CancellationToken cancellationToken)
    {
        var declared = false;
        await WriteAsync(snapshot =>
        {
            var target = snapshot.Find(silo);
            if (target is null || target.Status is SiloStatus.Dead || silo == Self)
            {
                return null;
            }

            var now = _time.GetUtcNow();
            var votes = target.Suspicions
                .Where(s => s.By != Self && now - s.At < _options.DeathVoteExpiration)
                .Append(new Suspicion(Self, now))
                .ToList();
            var voters = snapshot.Entries.Count(e => e.Status == SiloStatus.Active && e.Silo != silo);
            var needed = Math.Max(1, Math.Min(_options.VotesForDeath, voters));
            declared = votes.Count >= needed;
            if (declared)
            {
                ClusterLog.DeclaredDead(_logger, Self, silo, votes.Count);
            }
            else
            {
                ClusterLog.Suspected(_logger, Self, silo, votes.Count, needed);
            }

            return (target with { Suspicions = votes, Status = declared ? SiloStatus.Dead : target.Status }, Insert: false);
        }, cancellationToken);
        return declared;
    }

    /// <summary>Reads the table now; raises <see cref="ViewChanged"/> when its version moved.</summary>
    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        await _refreshing.WaitAsync(cancellationToken);
        try
        {
            Accept(await _table.ReadAllAsync(cancellationToken));
        }
        finally
        {
            _refreshing.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        await _stopping.CancelAsync();
        await IgnoreCancellation(_heartbeats);
        await IgnoreCancellation(_refreshes);
        _stopping.Dispose();
        _refreshing.Dispose();
    }

    private async Task<long> ChangeOwnStatusAsync(SiloStatus status, CancellationToken cancellationToken) =>
        await WriteAsync(snapshot => snapshot.Find(Self) is { } own && own.Status != SiloStatus.Dead && own.Status != status
            ? (own with { Status = status, IAmAliveAt = _time.GetUtcNow() }, Insert: false)
            : null, cancellationToken);

    /// <summary>A silo restarted on the same endpoint is a new generation; the old one cannot be alive any more.</summary>
    private async Task RetireEarlierGenerationsAsync(CancellationToken cancellationToken)
    {
        var snapshot = await _table.ReadAllAsync(cancellationToken);
        foreach (var earlier in snapshot.Entries.Where(e =>
                     e.Silo.Host == Self.Host && e.Silo.Port == Self.Port && e.Silo.Generation < Self.Generation && e.Status != SiloStatus.Dead))
        {
            await WriteAsync(current => current.Find(earlier.Silo) is { Status: not SiloStatus.Dead } row
                ? (row with { Status = SiloStatus.Dead }, Insert: false)
                : null, cancellationToken);
            ClusterLog.EarlierGenerationDead(_logger, Self, earlier.Silo);
        }
    }

    /// <summary>
    /// Read-modify-write: <paramref name="change"/> sees the newest snapshot and returns the row to write (or null: nothing
    /// to do); a write that lost to a newer version is retried on a fresh read. Returns the version after the write.
    /// </summary>
    private async Task<long> WriteAsync(Func<MembershipSnapshot, (MembershipEntry Entry, bool Insert)?> change, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var snapshot = await _table.ReadAllAsync(cancellationToken);
            if (change(snapshot) is not { } write)
            {
                Accept(snapshot);
                return snapshot.Version;
            }

            var written = write.Insert
                ? await _table.InsertAsync(write.Entry, snapshot.Version, cancellationToken)
                : await _table.UpdateAsync(write.Entry, snapshot.Version, cancellationToken);
            if (written)
            {
                await RefreshAsync(cancellationToken);
                return snapshot.Version + 1;
            }

            if (attempt == MaxWriteAttempts)
            {
                throw new InvalidOperationException(
                    $"Silo {Self} could not write the membership row of {write.Entry.Silo}: the table changed under {MaxWriteAttempts} attempts in a row.");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(1, 10 * attempt)), _time, cancellationToken);
        }
    }

    private void Accept(MembershipSnapshot snapshot)
    {
        var current = View;
        if (snapshot.Version <= current.Version && current.Version != 0)
        {
            return;
        }

        var view = new ClusterView(snapshot);
        Volatile.Write(ref _view, view);
        ClusterLog.ViewChanged(_logger, view.Version, string.Join(", ", view.ActiveSilos));
        if (view.Find(Self) is { Status: SiloStatus.Dead } && Interlocked.Exchange(ref _declaredDead, 1) == 0)
        {
            ClusterLog.SelfDead(_logger, Self);
            _ = Task.Run(() => DeclaredDead?.Invoke() ?? Task.CompletedTask);
        }

        if (ViewChanged is { } handlers)
        {
            _ = Task.Run(() => handlers(view));
        }
    }

    private async Task HeartbeatLoopAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            await Task.Delay(_options.IAmAlivePeriod, _time, cancellationToken);
            try
            {
                await _table.UpdateIAmAliveAsync(Self, _time.GetUtcNow(), cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                ClusterLog.TableUnreachable(_logger, Self, exception);
            }
        }
    }

    private async Task RefreshLoopAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            await Task.Delay(_options.TableRefreshPeriod, _time, cancellationToken);
            try
            {
                await RefreshAsync(cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                ClusterLog.TableUnreachable(_logger, Self, exception);
            }
        }
    }

    private static async Task IgnoreCancellation(Task task)
    {
        try
        {
            await task;
        }
        catch (OperationCanceledException)
        {
        }
    }
}

using Actors.Runtime.Activation;
using Microsoft.Extensions.Logging;

namespace Actors.Runtime.Streams;

/// <summary>
/// Delivers one stream's events, in order, to one subscriber grain, storing the subscriber's position
/// (under the name <paramref name="subscriber"/>) after each event. A failed delivery is retried with a
/// doubling delay, never skipped; at most one delivery loop runs at a time. Events announced by this silo's
/// writes are delivered as announced (decoded once for every subscriber); the store is read when the
/// announcements leave a gap or when there were none (at startup, after a subscription).
/// </summary>
internal sealed partial class StreamDelivery(SiloRuntime silo, IEventStore store, string subscriber, GrainId target, StreamId stream)
{
    private static readonly TimeSpan s_maxRetryDelay = TimeSpan.FromSeconds(30);

    /// <summary>Announcements kept for the running loop; more than this many behind, it reads the store instead.</summary>
    private const int MaxAnnounced = 64;

    private readonly CancellationTokenSource _stop = new();
    private readonly object _gate = new();
    private bool _running;
    private bool _woken;
    private List<StreamAppend> _announced = [];
    private bool _mustReadStore;
    private Task _loop = Task.CompletedTask;

    /// <summary>There may be new events (those of <paramref name="announced"/>, when given): start the loop, or make the running loop look again.</summary>
    public void Wake(StreamAppend? announced = null)
    {
        lock (_gate)
        {
            _woken = true;
            if (announced is null || _announced.Count == MaxAnnounced)
            {
                // Events may exist that no kept announcement holds: the loop reads the store.
                _mustReadStore = true;
                _announced.Clear();
            }
            else if (!_mustReadStore)
            {
                _announced.Add(announced);
            }

            if (_running || _stop.IsCancellationRequested)
            {
                return;
            }

            _running = true;
            _loop = Task.Run(RunAsync);
        }
    }

    public async Task StopAsync()
    {
        _stop.Cancel();
        Task loop;
        lock (_gate)
        {
            loop = _loop;
        }

        try
        {
            await loop;
        }
        catch (OperationCanceledException)
        {
        }
    }

    private async Task RunAsync()
    {
        var token = _stop.Token;
        while (!token.IsCancellationRequested)
        {
            try
            {
                await DeliverPendingAsync(token);
                return;
            }
            catch (OperationCanceledException) when (token.IsCancellationRequested)
            {
            }
            catch (Exception ex)
            {
                // Reading or checkpointing failed (storage unavailable): wait, then resume from the checkpoint.
                LogStorageFailed(silo.Logger, subscriber, stream.ToString(), ex);
                try
                {
                    await Task.Delay(s_maxRetryDelay, silo.Time, token);
                }
                catch (OperationCanceledException)
                {
                }
            }
        }

        lock (_gate)
        {
            _running = false;
        }
    }

    /// <summary>Delivers everything after the checkpoint; returns once nothing is left and no wake came meanwhile.</summary>
    private async Task DeliverPendingAsync(CancellationToken token)
    {
        var position = await store.ReadCheckpointAsync(subscriber, stream, token);
        while (true)
        {
            List<StreamAppend> announced;
            lock (_gate)
            {
                _woken = false;
                (announced, _announced) = (_announced, []);
                _mustReadStore = false;
            }

            var (delivered, complete) = await DeliverAnnouncedAsync(announced, position, token);
            position = delivered;
            if (!complete)
            {
                var batch = await store.ReadAsync(stream, position, 256, token);
                foreach (var stored in batch)
                {
                    await DeliverAsync(EventTypes.Decode(stored), token);
                    position = stored.Sequence;
                    await store.WriteCheckpointAsync(subscriber, stream, position, token);
                }

                if (batch.Count > 0)
                {
                    continue;
                }
            }

            lock (_gate)
            {
                if (!_woken)
                {
                    _running = false;
                    return;
                }
            }
        }
    }

    /// <summary>
    /// Delivers the announced events that follow <paramref name="position"/> without a gap. Complete when they
    /// were all delivered or seen; otherwise (a gap, or no announcement at all) the store has to be read.
    /// </summary>
    private async Task<(long Position, bool Complete)> DeliverAnnouncedAsync(List<StreamAppend> announced, long position, CancellationToken token)
    {
        if (announced.Count == 0)
        {
            return (position, false);
        }

        var events = announced.SelectMany(append => append.Events).Where(e => e.Sequence > position).OrderBy(e => e.Sequence);
        foreach (var next in events)
        {
            if (next.Sequence != position + 1)
            {
                return (position, false);
            }

            await DeliverAsync(next, token);
            position = next.Sequence;
            await store.WriteCheckpointAsync(subscriber, stream, position, token);
        }

        return (position, true);
    }

    private async Task DeliverAsync(StreamEvent streamEvent, CancellationToken token)
    {
        var delay = silo.Options.StreamRetryDelay;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var request = new StreamEventRequest { Event = streamEvent };
                silo.Send(target, request);
                await request.Completion;
                silo.Metrics.StreamDeliveries.Add(1);
                return;
            }
            catch (Exception ex) when (!token.IsCancellationRequested)
            {
                silo.Metrics.StreamDeliveryFailures.Add(1);
                LogDeliveryFailed(silo.Logger, target.Type, target.Key, stream.ToString(), streamEvent.Sequence, attempt, ex);
                await Task.Delay(delay, silo.Time, token);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, s_maxRetryDelay.Ticks));
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Delivering event {Stream}#{Sequence} to grain {GrainType}/{GrainKey} failed (attempt {Attempt}); retrying")]
    private static partial void LogDeliveryFailed(ILogger logger, string grainType, string grainKey, string stream, long sequence, int attempt, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Stream delivery of {Stream} to {GrainType} failed on a storage error; resuming from its checkpoint")]
    private static partial void LogStorageFailed(ILogger logger, string grainType, string stream, Exception exception);
}

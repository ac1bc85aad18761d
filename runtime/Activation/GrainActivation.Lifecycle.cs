using Actors.Runtime.Clustering;
using Actors.Runtime.Messaging;

namespace Actors.Runtime.Activation;

/// <summary>Activation and deactivation: OnActivateAsync after the state is read, OnDeactivateAsync after the last request.</summary>
internal sealed partial class GrainActivation
{
    private async Task ActivateAsync()
    {
        _status = ActivationStatus.Activating;
        if (_silo.Cluster is { } cluster && !await RegisterAsync(cluster))
        {
            return;
        }

        try
        {
            if (_silo.ActivationHistory is { } history)
            {
                await history.RecordActivatedAsync(Address, _silo.Time.GetUtcNow(), _silo.Stopping);
                _recorded = true;
            }

            t_constructing = this;
            try
            {
                _grain = _grainClass.Factory(_silo.Services, this);
            }
            finally
            {
                t_constructing = null;
            }

            foreach (var read in _stateReaders)
            {
                await read(_silo.Stopping);
            }

            if (_grain is Grain grain)
            {
                await grain.OnActivateAsync(_silo.Stopping);
            }
        }
        catch (Exception ex)
        {
            RuntimeLog.ActivationFailed(_silo.Logger, GrainId.Type, GrainId.Key, ex);
            _status = ActivationStatus.Invalid;
            _silo.Catalog.Remove(this);
            await RecordDeactivatedAsync();
            await UnregisterAsync();
            while (_waiting.TryDequeue(out var message))
            {
                _pending--;
                message.Fail(ex);
            }

            _deactivated.TrySetResult();
            return;
        }

        _status = ActivationStatus.Valid;
        _silo.Metrics.Activations.Add(1);
        PumpWaiting();
    }

    private void Deactivate(DeactivationReason reason)
    {
        _deactivationRequest ??= reason;
        if (_status == ActivationStatus.Created)
        {
            _status = ActivationStatus.Invalid;
            _silo.Catalog.Remove(this);
            _deactivated.TrySetResult();
            return;
        }

        // Requests whose callers still wait hold the deactivation back; one already answered (by its
        // timeout) does not, so a request that never ends cannot block shutdown.
        if (_status != ActivationStatus.Valid || _running.Exists(m => !m.Completion.IsCompleted))
        {
            return; // Finish or Expire comes back here, or activation/deactivation is already under way
        }

        _ = DeactivateAsync(_deactivationRequest.Value);
    }

    private async Task DeactivateAsync(DeactivationReason reason)
    {
        _status = ActivationStatus.Deactivating;
        foreach (var timer in _timers.ToList())
        {
            timer.Dispose();
        }

        try
        {
            if (_grain is Grain grain)
            {
                using var limit = new CancellationTokenSource(_silo.Options.DeactivationTimeout, _silo.Time);
                await grain.OnDeactivateAsync(reason, limit.Token);
            }
        }
        catch (Exception ex)
        {
            RuntimeLog.DeactivationFailed(_silo.Logger, GrainId.Type, GrainId.Key, ex);
        }

        _status = ActivationStatus.Invalid;
        _silo.Catalog.Remove(this);
        await RecordDeactivatedAsync();
        await UnregisterAsync();
        while (_waiting.TryDequeue(out var message))
        {
            _pending--;
            _silo.Route(message);
        }

        _deactivated.TrySetResult();
    }

    /// <summary>
    /// Registers this activation in the cluster's directory before anything runs; when another activation of the grain
    /// won, this one ends unused and its waiting requests go to the winner. False when the activation must not go on.
    /// </summary>
    private async Task<bool> RegisterAsync(SiloCluster cluster)
    {
        var mine = Address;
        GrainAddress winner;
        try
        {
            winner = await cluster.Locator.RegisterAsync(mine, _silo.Stopping);
        }
        catch (Exception ex)
        {
            RuntimeLog.ActivationFailed(_silo.Logger, GrainId.Type, GrainId.Key, ex);
            End(message => message.Fail(new SiloUnavailableException(
                $"Grain {GrainId} could not be registered in the grain directory, so request {message.MethodName} did not run: {ex.Message}")));
            return false;
        }

        if (winner != mine)
        {
            End(message => _silo.RouteTo(winner.Silo, message));
            return false;
        }

        _registered = mine;
        return true;
    }

    /// <summary>This activation as the directory and the history know it.</summary>
    private GrainAddress Address => new(GrainId, _silo.Cluster?.Self ?? LocalSilo, ActivationId);

    /// <summary>The address a silo on its own records its activations under.</summary>
    private static readonly SiloAddress LocalSilo = new("local", 1, 0);

    /// <summary>Writes down that this activation ended, if its start was written down.</summary>
    private async Task RecordDeactivatedAsync()
    {
        if (_recorded && _silo.ActivationHistory is { } history)
        {
            _recorded = false;
            try
            {
                await history.RecordDeactivatedAsync(Address, _silo.Time.GetUtcNow(), CancellationToken.None);
            }
            catch (Exception ex)
            {
                RuntimeLog.HistoryFailed(_silo.Logger, GrainId.Type, GrainId.Key, ex);
            }
        }
    }

    /// <summary>Removes this activation from the cluster's directory, if it registered there.</summary>
    private async Task UnregisterAsync()
    {
        if (_registered is { } mine && _silo.Cluster is { } cluster)
        {
            _registered = null;
            try
            {
                await cluster.Locator.UnregisterAsync(mine, CancellationToken.None);
            }
            catch (Exception ex)
            {
                RuntimeLog.UnregistrationFailed(_silo.Logger, GrainId.Type, GrainId.Key, ex);
            }
        }
    }

    /// <summary>Ends an activation that never ran: out of the catalog, its waiting requests handed to <paramref name="handOver"/>.</summary>
    private void End(Action<Message> handOver)
    {
        _status = ActivationStatus.Invalid;
        _silo.Catalog.Remove(this);
        while (_waiting.TryDequeue(out var message))
        {
            _pending--;
            handOver(message);
        }

        _deactivated.TrySetResult();
    }
}

namespace Actors.Runtime.Activation;

/// <summary>Activation and deactivation: OnActivateAsync after the state is read, OnDeactivateAsync after the last request.</summary>
internal sealed partial class GrainActivation
{
    private async Task ActivateAsync()
    {
        _status = ActivationStatus.Activating;
        try
        {
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
        while (_waiting.TryDequeue(out var message))
        {
            _pending--;
            _silo.Catalog.Dispatch(message);
        }

        _deactivated.TrySetResult();
    }
}

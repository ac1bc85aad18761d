using Actors.Runtime.Messaging;

namespace Actors.Runtime.Activation;

/// <summary>
/// An in-memory timer of one activation: each tick runs the callback as a turn of the grain (never
/// interleaved with its requests). It dies with the activation and does not keep the grain active.
/// </summary>
internal sealed class GrainTimer : IDisposable
{
    private readonly GrainActivation _activation;
    private readonly Func<CancellationToken, Task> _callback;
    private readonly ITimer _timer;
    private readonly CancellationTokenSource _disposed = new();

    public GrainTimer(GrainActivation activation, Func<CancellationToken, Task> callback, TimeSpan dueTime, TimeSpan period)
    {
        _activation = activation;
        _callback = callback;
        _timer = activation.Silo.Time.CreateTimer(static state => ((GrainTimer)state!).Tick(), this, dueTime, period);
    }

    public void Dispose()
    {
        if (_disposed.IsCancellationRequested)
        {
            return;
        }

        _disposed.Cancel();
        _timer.Dispose();
        _activation.RemoveTimer(this);
    }

    private void Tick()
    {
        if (!_disposed.IsCancellationRequested)
        {
            _activation.Deliver(new TimerTick(this) { Target = _activation.GrainId, Deadline = long.MaxValue });
        }
    }

    private sealed class TimerTick(GrainTimer timer) : Request
    {
        public override string MethodName => "timer";

        public override bool KeepsAlive => false;

        public override Task InvokeAsync(object grain) =>
            timer._disposed.IsCancellationRequested ? Task.CompletedTask : timer._callback(timer._disposed.Token);
    }
}

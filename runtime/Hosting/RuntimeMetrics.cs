using System.Diagnostics.Metrics;

namespace Actors.Runtime.Hosting;

/// <summary>
/// The runtime's instruments, on meter "Actors.Runtime": grain calls, activations, request timeouts,
/// stream deliveries. Recording costs nothing measurable while no listener is attached.
/// </summary>
internal sealed class RuntimeMetrics : IDisposable
{
    public const string MeterName = "Actors.Runtime";

    private readonly Meter _meter;
    private readonly bool _ownsMeter;

    public RuntimeMetrics(IMeterFactory? meterFactory, Func<int> activeCount)
    {
        _ownsMeter = meterFactory is null;
        _meter = meterFactory?.Create(MeterName) ?? new Meter(MeterName);
        GrainCalls = _meter.CreateCounter<long>("actors.grain.calls", "{call}", "Requests sent to grains.");
        Activations = _meter.CreateCounter<long>("actors.grain.activations", "{activation}", "Grain activations that completed OnActivateAsync.");
        RequestTimeouts = _meter.CreateCounter<long>("actors.grain.request_timeouts", "{request}", "Requests whose callers stopped waiting at their deadline.");
        StreamDeliveries = _meter.CreateCounter<long>("actors.stream.deliveries", "{event}", "Stream events handled by a subscriber grain.");
        StreamDeliveryFailures = _meter.CreateCounter<long>("actors.stream.delivery_failures", "{attempt}", "Stream deliveries that failed and will be retried.");
        _meter.CreateObservableGauge("actors.grain.active", activeCount, "{activation}", "Activations in this silo now.");
    }

    public Counter<long> GrainCalls { get; }

    public Counter<long> Activations { get; }

    public Counter<long> RequestTimeouts { get; }

    public Counter<long> StreamDeliveries { get; }

    public Counter<long> StreamDeliveryFailures { get; }

    public void Dispose()
    {
        if (_ownsMeter)
        {
            _meter.Dispose();
        }
    }
}

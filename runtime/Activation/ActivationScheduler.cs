using System.Collections.Concurrent;
using Actors.Runtime.Messaging;

namespace Actors.Runtime.Activation;

/// <summary>
/// Runs one activation's work one item at a time on the thread pool: arriving messages and the
/// continuations of its awaits. It is the activation's <see cref="SynchronizationContext"/>, so every
/// <c>await</c> in grain code resumes here, never in parallel with another turn of the same grain.
/// Scheduling flips an idle flag with compare-and-swap; a run handles at most
/// <see cref="Throughput"/> items before yielding the thread to other activations.
/// </summary>
internal sealed class ActivationScheduler(GrainActivation owner) : SynchronizationContext, IThreadPoolWorkItem
{
    private const int Throughput = 128;

    private readonly ConcurrentQueue<WorkItem> _queue = new();
    private int _scheduled;

    /// <summary>The scheduler of the activation whose code runs on this thread, if any.</summary>
    public static ActivationScheduler? Running => Current as ActivationScheduler;

    public GrainActivation Owner { get; } = owner;

    /// <summary>Queues an arriving message; callable from any thread.</summary>
    public void Deliver(Message message)
    {
        _queue.Enqueue(new WorkItem(null, null, message));
        Schedule();
    }

    public override void Post(SendOrPostCallback callback, object? state)
    {
        _queue.Enqueue(new WorkItem(callback, state, null));
        Schedule();
    }

    public override void Send(SendOrPostCallback callback, object? state) =>
        throw new NotSupportedException("A grain's code runs one turn at a time; it cannot block on its own scheduler.");

    public override SynchronizationContext CreateCopy() => this;

    void IThreadPoolWorkItem.Execute()
    {
        var previous = SynchronizationContext.Current;
        SetSynchronizationContext(this);
        try
        {
            for (var i = 0; i < Throughput && _queue.TryDequeue(out var item); i++)
            {
                if (item.Message is { } message)
                {
                    Owner.OnMessage(message);
                }
                else
                {
                    Owner.RunContinuation(item.Callback!, item.State);
                }
            }
        }
        finally
        {
            SetSynchronizationContext(previous);
            Volatile.Write(ref _scheduled, 0);
        }

        if (!_queue.IsEmpty)
        {
            Schedule();
        }
    }

    private void Schedule()
    {
        if (Interlocked.CompareExchange(ref _scheduled, 1, 0) == 0)
        {
            ThreadPool.UnsafeQueueUserWorkItem(this, preferLocal: false);
        }
    }

    private readonly record struct WorkItem(SendOrPostCallback? Callback, object? State, Message? Message);
}

using System.Collections.Concurrent;

namespace Actors.GraphQL.Tests.DataLoader;

/// <summary>
/// Runs async code on one dedicated thread whose continuations queue up in order, the way a single-threaded
/// executor or a UI thread would; makes "after the current synchronous work" observable deterministically.
/// </summary>
internal sealed class SingleThreadContext : SynchronizationContext
{
    private readonly BlockingCollection<(SendOrPostCallback Callback, object? State)> _queue = [];

    public static Task RunAsync(Func<Task> body)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var thread = new Thread(() =>
        {
            var context = new SingleThreadContext();
            SetSynchronizationContext(context);
            Task work;
            try
            {
                work = body();
            }
            catch (Exception error)
            {
                done.SetException(error);
                return;
            }

            work.ContinueWith(_ => context._queue.CompleteAdding(), TaskScheduler.Default);
            foreach (var (callback, state) in context._queue.GetConsumingEnumerable())
            {
                callback(state);
            }

            if (work.Exception is { } failure)
            {
                done.SetException(failure.InnerExceptions);
            }
            else
            {
                done.SetResult();
            }
        })
        { IsBackground = true, Name = "single-thread-context" };
        thread.Start();
        return done.Task;
    }

    public override void Post(SendOrPostCallback d, object? state)
    {
        try
        {
            _queue.Add((d, state));
        }
        catch (InvalidOperationException)
        {
            ThreadPool.QueueUserWorkItem(_ => d(state)); // the body has finished; stragglers run elsewhere
        }
    }

    public override void Send(SendOrPostCallback d, object? state) => throw new NotSupportedException();

    public override SynchronizationContext CreateCopy() => this;
}

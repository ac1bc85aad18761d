using Actors.Runtime;
using Actors.Runtime.Streams;
using Marketplace.Jobs;

namespace Marketplace.Grains.Jobs;

/// <summary>
/// Keeps the job board up to date: an implicit subscriber of every job stream (keyed by the job id) that forwards each
/// <see cref="IJobActivity"/> to <see cref="IJobBoardGrain"/> with its sequence. A failed forward fails the delivery,
/// which the runtime retries in order, and the board ignores what it applied already, so the board converges.
/// </summary>
[ImplicitStreamSubscription(JobStreams.Job)]
public sealed class JobIndexerGrain : Grain, IStreamSubscriber
{
    public Task OnNextAsync(StreamEvent streamEvent) =>
        streamEvent.Event is IJobActivity activity
            ? GrainFactory.GetGrain<IJobBoardGrain>(IJobBoardGrain.Key).ApplyAsync(streamEvent.Stream.Key, streamEvent.Sequence, activity)
            : Task.CompletedTask;
}

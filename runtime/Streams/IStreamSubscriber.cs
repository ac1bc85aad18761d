namespace Actors.Runtime.Streams;

/// <summary>A grain that receives stream events. An exception makes the runtime deliver the same event again; none is skipped.</summary>
public interface IStreamSubscriber
{
    Task OnNextAsync(StreamEvent streamEvent);
}

using Actors.Runtime.Messaging;

namespace Actors.Runtime;

/// <summary>
/// The base of every generated grain proxy: a grain id and the runtime that carries its messages.
/// Two references to the same grain are equal.
/// </summary>
public abstract class GrainReference(GrainId grainId, IMessageSender sender) : IEquatable<GrainReference>
{
    public GrainId GrainId { get; } = grainId;

    /// <summary>Sends <paramref name="request"/> to this grain; the task completes with its result.</summary>
    protected Task<TResult> InvokeAsync<TResult>(Request<TResult> request)
    {
        sender.Send(GrainId, request);
        return request.Result;
    }

    /// <summary>Sends <paramref name="request"/> to this grain; the task completes when it has run.</summary>
    protected Task InvokeAsync(Request request)
    {
        sender.Send(GrainId, request);
        return request.Completion;
    }

    public bool Equals(GrainReference? other) => other is not null && GrainId == other.GrainId;

    public override bool Equals(object? obj) => obj is GrainReference other && Equals(other);

    public override int GetHashCode() => GrainId.GetHashCode();

    public override string ToString() => GrainId.ToString();
}

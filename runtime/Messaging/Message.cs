namespace Actors.Runtime.Messaging;

/// <summary>
/// A request to one grain: target, method, arguments, deadline and call chain. Generated code derives
/// one sealed message class per grain interface method (fields Arg0..ArgN); the runtime routes the
/// message to the target's activation, which invokes it and completes the caller's task.
/// </summary>
public abstract class Message
{
    /// <summary>The grain this message is for.</summary>
    public GrainId Target { get; set; }

    /// <summary>When the caller stops waiting, as a <see cref="TimeProvider"/> timestamp.</summary>
    public long Deadline { get; set; }

    /// <summary>The grains this request passed through, or null for a call from outside any grain.</summary>
    public CallChain? CallChain { get; set; }

    /// <summary>The interface and method, e.g. "IJobGrain.SubmitProposal", for errors and logs.</summary>
    public abstract string MethodName { get; }

    /// <summary>Whether the request may interleave with others ([ReadOnly], [AlwaysInterleave]).</summary>
    public virtual InvocationOptions Options => InvocationOptions.None;

    /// <summary>Whether running this message counts as activity that keeps an idle grain from being collected.</summary>
    public virtual bool KeepsAlive => true;

    /// <summary>The caller's task, completed with the result or the exception.</summary>
    public abstract Task Completion { get; }

    /// <summary>Replaces mutable arguments by deep copies, so caller and callee never share them.</summary>
    public virtual void CopyArguments()
    {
    }

    /// <summary>Calls the grain method on <paramref name="grain"/>; the task ends when the method has finished.</summary>
    public abstract Task InvokeAsync(object grain);

    /// <summary>Completes the caller's task with the outcome of <paramref name="invocation"/>, which has finished.</summary>
    public abstract void Complete(Task invocation);

    /// <summary>Fails the caller's task, unless it already has an outcome.</summary>
    public abstract void Fail(Exception exception);

    /// <summary>Where the answer goes when the request came over a connection (that connection's caller); null for a caller in this process.</summary>
    internal IReplySink? ReplyTo { get; set; }

    /// <summary>The remote caller's id of this request, sent back with the answer.</summary>
    internal long ReplyCallId { get; set; }

    /// <summary>How many silos passed the request on because the grain was active elsewhere.</summary>
    internal int Hops { get; set; }

    /// <summary>Writes the result of <paramref name="invocation"/> (finished successfully) to the wire: nothing for a request without one.</summary>
    internal abstract void WriteResult(Task invocation, System.Buffers.IBufferWriter<byte> output);

    /// <summary>Completes the caller's task with a result read from the wire; throws <see cref="Serialization.WireFormatException"/> on bad data.</summary>
    internal abstract void CompleteFromWire(ReadOnlySpan<byte> result);

    /// <summary>Gives the caller's task an outcome nobody reads (the answer went back over the wire); false when it had one.</summary>
    internal abstract bool TryMarkAnswered();
}

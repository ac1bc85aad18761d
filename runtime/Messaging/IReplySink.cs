namespace Actors.Runtime.Messaging;

/// <summary>Sends the answer of a request that came over a connection back to its caller.</summary>
internal interface IReplySink
{
    /// <summary>Answers with the outcome of <paramref name="invocation"/> (finished): its result, or its exception. Runs on the grain's turn.</summary>
    void Answer(Message message, Task invocation);

    /// <summary>Answers with <paramref name="exception"/>.</summary>
    void Fail(Message message, Exception exception);

    /// <summary>Passes on an answer another silo sent for this request (it was forwarded there), without reading it.</summary>
    void Relay(Message message, bool succeeded, ReadOnlySpan<byte> payload);
}

using System.Buffers;
using Actors.Runtime.Serialization;

namespace Actors.Runtime.Messaging;

/// <summary>A message for a method that returns <see cref="Task"/> or <see cref="ValueTask"/>.</summary>
public abstract class Request : Message
{
    private readonly TaskCompletionSource _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public override Task Completion => _completion.Task;

    public override void Complete(Task invocation)
    {
        if (ReplyTo is { } reply)
        {
            if (TryMarkAnswered())
            {
                reply.Answer(this, invocation);
            }
        }
        else if (invocation.IsCompletedSuccessfully)
        {
            _completion.TrySetResult();
        }
        else
        {
            Fail(Outcome.ExceptionOf(invocation));
        }
    }

    public override void Fail(Exception exception)
    {
        if (ReplyTo is { } reply)
        {
            if (TryMarkAnswered())
            {
                reply.Fail(this, exception);
            }
        }
        else
        {
            _completion.TrySetException(exception);
        }
    }

    internal override void WriteResult(Task invocation, IBufferWriter<byte> output)
    {
    }

    internal override void CompleteFromWire(ReadOnlySpan<byte> result) => _completion.TrySetResult();

    internal override bool TryMarkAnswered() => _completion.TrySetResult();
}

/// <summary>A message for a method that returns <see cref="Task{TResult}"/> or <see cref="ValueTask{TResult}"/>.</summary>
public abstract class Request<TResult> : Message
{
    private readonly TaskCompletionSource<TResult> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public override Task Completion => _completion.Task;

    /// <summary>The caller's task.</summary>
    public Task<TResult> Result => _completion.Task;

    public override void Complete(Task invocation)
    {
        if (ReplyTo is { } reply)
        {
            // Serialized now, on the grain's turn, so the grain cannot change the result while it is written.
            if (TryMarkAnswered())
            {
                reply.Answer(this, invocation);
            }
        }
        else if (invocation.IsCompletedSuccessfully)
        {
            // The grain keeps its objects: the caller gets a copy of anything mutable.
            var result = ((Task<TResult>)invocation).Result;
            _completion.TrySetResult(Serializer.IsImmutable<TResult>() ? result : Serializer.DeepCopy(result));
        }
        else
        {
            Fail(Outcome.ExceptionOf(invocation));
        }
    }

    public override void Fail(Exception exception)
    {
        if (ReplyTo is { } reply)
        {
            if (TryMarkAnswered())
            {
                reply.Fail(this, exception);
            }
        }
        else
        {
            _completion.TrySetException(exception);
        }
    }

    internal override void WriteResult(Task invocation, IBufferWriter<byte> output) =>
        Serializer.Serialize(((Task<TResult>)invocation).Result, output);

    internal override void CompleteFromWire(ReadOnlySpan<byte> result) =>
        _completion.TrySetResult(Serializer.Deserialize<TResult>(result));

    internal override bool TryMarkAnswered() => _completion.TrySetResult(default!);
}

internal static class Outcome
{
    /// <summary>The exception a failed or cancelled task carries, unwrapped from its AggregateException.</summary>
    public static Exception ExceptionOf(Task task) =>
        task.IsCanceled
            ? new TaskCanceledException(task)
            : task.Exception!.InnerExceptions.Count == 1 ? task.Exception.InnerException! : task.Exception;
}

using Actors.Runtime.Messaging;

namespace Actors.Runtime.Activation;

/// <summary>Request deadlines: callers stop waiting at the request timeout, whether their request runs or waits.</summary>
internal sealed partial class GrainActivation
{
    private void Expire(long now)
    {
        foreach (var message in _running)
        {
            if (message.Deadline <= now && !message.Completion.IsCompleted)
            {
                message.Fail(RequestTimedOut(message, "it was still running"));
                _silo.Metrics.RequestTimeouts.Add(1);
            }
        }

        if (_deactivationRequest is { } reason)
        {
            Deactivate(reason);
        }

        if (_waiting.Count == 0 || !_waiting.Any(m => m.Deadline <= now))
        {
            return;
        }

        var keep = _waiting.Where(m => m.Deadline > now).ToList();
        foreach (var message in _waiting.Where(m => m.Deadline <= now))
        {
            message.Fail(RequestTimedOut(message, "it was still waiting for an earlier request to finish"));
            _silo.Metrics.RequestTimeouts.Add(1);
        }

        _pending -= _waiting.Count - keep.Count;
        _waiting.Clear();
        foreach (var message in keep)
        {
            _waiting.Enqueue(message);
        }
    }

    private RequestTimeoutException RequestTimedOut(Message message, string where) =>
        new($"Request {message.MethodName} to grain {GrainId} timed out after {_silo.Options.RequestTimeout.TotalSeconds:0.###} s: {where}.");
}

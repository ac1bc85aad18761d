using Actors.Runtime.Persistence;

namespace Actors.Runtime.Tests.TestGrains;

/// <summary>What happened to lifecycle grains, by key, for tests to read.</summary>
public static class Lifecycle
{
    public static readonly System.Collections.Concurrent.ConcurrentQueue<string> Log = new();

    public static int Count(string entry) => Log.Count(e => e == entry);
}

public interface ILifecycleGrain : IGrainWithStringKey
{
    Task<string> Hello();

    Task Leave();

    Task Remember(string note);
}

public sealed record NoteState
{
    public List<string> Notes { get; init; } = [];
}

public sealed class LifecycleGrain([PersistentState("notes")] IPersistentState<NoteState> notes) : Grain, ILifecycleGrain
{
    private readonly List<string> _unsaved = [];

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        Lifecycle.Log.Enqueue($"activate {GetPrimaryKeyString()}");
        if (GetPrimaryKeyString().StartsWith("broken", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"grain {GetPrimaryKeyString()} refuses to activate");
        }

        return Task.CompletedTask;
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        Lifecycle.Log.Enqueue($"deactivate {GetPrimaryKeyString()} {reason}");
        if (_unsaved.Count > 0)
        {
            notes.State = notes.State with { Notes = [.. notes.State.Notes, .. _unsaved] };
            await notes.WriteStateAsync(cancellationToken);
        }
    }

    public Task<string> Hello() => Task.FromResult($"hello from {GetPrimaryKeyString()} with {notes.State.Notes.Count} notes");

    public Task Leave()
    {
        DeactivateOnIdle();
        return Task.CompletedTask;
    }

    /// <summary>Keeps the note in memory; OnDeactivateAsync flushes it to state.</summary>
    public Task Remember(string note)
    {
        _unsaved.Add(note);
        return Task.CompletedTask;
    }
}

public interface IGuidGrain : IGrainWithGuidKey
{
    Task<Guid> Key();

    ValueTask<string> Echo(string text);

    ValueTask Nothing();
}

public sealed class GuidGrain(Greeting greeting) : Grain, IGuidGrain
{
    public Task<Guid> Key() => Task.FromResult(GetPrimaryKey());

    public ValueTask<string> Echo(string text) => ValueTask.FromResult($"{greeting.Text} {text}");

    public ValueTask Nothing() => ValueTask.CompletedTask;
}

/// <summary>A service the host registers, injected into GuidGrain's constructor.</summary>
public sealed record Greeting(string Text);

public interface IFailingGrain : IGrainWithStringKey
{
    Task<int> Fail(string why);

    Task Forever();
}

public sealed class FailingGrain : Grain, IFailingGrain
{
    public Task<int> Fail(string why) => throw new ArgumentException($"cannot do it: {why}", nameof(why));

    public Task Forever() => new TaskCompletionSource().Task;
}

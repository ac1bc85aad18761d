namespace Actors.Runtime.Streams;

/// <summary>A stream of events: a namespace (e.g. "job") and a key (e.g. the job's id).</summary>
public readonly record struct StreamId(string Namespace, string Key)
{
    public override string ToString() => $"{Namespace}/{Key}";
}

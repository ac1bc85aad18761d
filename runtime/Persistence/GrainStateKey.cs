namespace Actors.Runtime.Persistence;

/// <summary>
/// Where one named state of one grain is stored: (grain type, key, state name), so that two grain
/// types with a state of the same name never share a record (unlike Orleans, dotnet/orleans#9737).
/// </summary>
public readonly record struct GrainStateKey(string GrainType, string GrainKey, string StateName)
{
    public override string ToString() => $"{GrainType}/{GrainKey}/{StateName}";
}

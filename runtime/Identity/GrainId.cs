namespace Actors.Runtime;

/// <summary>
/// The identity of a grain: its type name (e.g. "job") and its key. Guid keys are held in their
/// 32-digit "N" form, so every key is a string.
/// </summary>
public readonly record struct GrainId(string Type, string Key)
{
    public override string ToString() => $"{Type}/{Key}";
}

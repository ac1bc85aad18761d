using System.Text.Json;

namespace Actors.Runtime.Persistence;

/// <summary>How grain state and domain events are written as JSON for storage.</summary>
public static class StateJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.General)
    {
        WriteIndented = false,
    };
}

using System.Text;
using System.Text.Json.Nodes;

namespace Actors.Runtime.Tests.Storage;

/// <summary>
/// JSON payloads for storage tests. Providers promise the same JSON value back, not the same bytes
/// (PostgreSQL's jsonb reorders members and drops whitespace), so comparisons are by value.
/// </summary>
public static class StoragePayload
{
    public static byte[] Json(string json) => Encoding.UTF8.GetBytes(json);

    public static void Equal(string expectedJson, ReadOnlyMemory<byte> actual)
    {
        var expected = JsonNode.Parse(expectedJson);
        var parsed = JsonNode.Parse(actual.Span);
        Assert.True(
            JsonNode.DeepEquals(expected, parsed),
            $"Expected JSON {expected?.ToJsonString()} but storage returned {Encoding.UTF8.GetString(actual.Span)}.");
    }
}

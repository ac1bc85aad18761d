using System.Text.Json;

namespace Marketplace.Api.Tests.Harness;

/// <summary>
/// Requests tried by callers who may not make them: every outcome that is not the refusal expected is collected, so one
/// run reports every hole in the matrix at once instead of the first.
/// </summary>
public sealed class RefusalMatrix(MarketplaceServer server)
{
    private readonly List<string> _wrong = [];

    /// <summary>Sends <paramref name="request"/> as <paramref name="caller"/> (anonymous when null) and notes it unless its outcome is <paramref name="expected"/>.</summary>
    public async Task ExpectAsync(string request, object? variables, SignedInUser? caller, string expected)
    {
        var outcome = Outcome(await server.PostAsync(request, variables, caller?.Token));
        if (outcome != expected)
        {
            var text = string.Join(' ', request.Split((char[])['\n', '\r', ' '], StringSplitOptions.RemoveEmptyEntries));
            _wrong.Add($"{caller?.Email ?? "anonymous"}: {outcome} (expected {expected}) for {text[..Math.Min(70, text.Length)]} {JsonSerializer.Serialize(variables)}");
        }
    }

    /// <summary>Fails with every unexpected outcome noted so far.</summary>
    public void AssertEveryoneRefused() => Assert.True(_wrong.Count == 0, string.Join("\n", _wrong));

    /// <summary>The first error's code — a request error's <c>extensions.code</c> or the payload's first user error — or OK.</summary>
    public static string Outcome(JsonElement response)
    {
        if (response.TryGetProperty("errors", out var errors))
        {
            return errors[0].GetProperty("extensions").GetProperty("code").GetString()!;
        }

        var payload = response.GetProperty("data").EnumerateObject().Single().Value;
        var userErrors = payload.GetProperty("errors");
        return userErrors.GetArrayLength() == 0 ? "OK" : userErrors[0].GetProperty("code").GetString()!;
    }
}

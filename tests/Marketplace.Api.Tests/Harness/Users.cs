using System.Text.Json;

namespace Marketplace.Api.Tests.Harness;

/// <summary>A signed-up user as a test holds it: the bearer token and the global id.</summary>
public sealed record SignedInUser(string Token, string Id, string Email);

/// <summary>Signing users up through the api, as a frontend does.</summary>
public static class Users
{
    public const string SignUpMutation = """
        mutation ($input: SignUpInput!) {
          signUp(input: $input) { token expiresAt user { id email displayName role } errors { code message field } }
        }
        """;

    public static async Task<SignedInUser> SignUpAsync(this MarketplaceServer server, string role, string? name = null)
    {
        var email = $"{(name ?? role).ToLowerInvariant()}-{Guid.NewGuid():N}@example.com";
        var data = await server.DataAsync(SignUpMutation, new
        {
            input = new { email, password = "correct horse battery", displayName = name ?? $"A {role.ToLowerInvariant()}", role },
        });
        var payload = data.GetProperty("signUp");
        Assert.Equal(0, payload.GetProperty("errors").GetArrayLength());
        return new SignedInUser(payload.GetProperty("token").GetString()!, payload.GetProperty("user").GetProperty("id").GetString()!, email);
    }

    /// <summary>Signs <paramref name="user"/> in again (tokens last 12 hours; tests that move the clock by days need new ones).</summary>
    public static async Task<SignedInUser> SignInAgainAsync(this MarketplaceServer server, SignedInUser user)
    {
        var payload = (await server.DataAsync(
            "mutation ($input: SignInInput!) { signIn(input: $input) { token errors { code } } }",
            new { input = new { email = user.Email, password = "correct horse battery" } })).GetProperty("signIn");
        return user with { Token = payload.GetProperty("token").GetString()! };
    }

    /// <summary>The codes of a payload's <c>errors</c>.</summary>
    public static string[] ErrorCodes(JsonElement payload) =>
        [.. payload.GetProperty("errors").EnumerateArray().Select(error => error.GetProperty("code").GetString()!)];
}

using System.Text.Json;

namespace Marketplace.Api.Tests.Harness;

/// <summary>Money entering and leaving the marketplace through the api, and the balances its users see: wallets and earnings.</summary>
public static class MoneyRequests
{
    public const string VerifyPaymentMethodMutation = """
        mutation { verifyPaymentMethod(input: { cardToken: "tok_visa_4242" }) { client { paymentMethodVerified } errors { code message field } } }
        """;

    public const string DepositMutation = """
        mutation ($input: MoneyMovementInput!) { deposit(input: $input) { balance errors { code message field } } }
        """;

    public const string WithdrawMutation = """
        mutation ($input: MoneyMovementInput!) { withdraw(input: $input) { balance errors { code message field } } }
        """;

    public const string BalanceQuery = "{ me { balance } }";

    /// <summary>Signs up a client, verifies their card and deposits <paramref name="deposit"/> into their wallet.</summary>
    public static async Task<SignedInUser> SignUpFundedClientAsync(this MarketplaceServer server, string name, string deposit)
    {
        var client = await server.SignUpAsync("CLIENT", name);
        var verified = (await server.DataAsync(VerifyPaymentMethodMutation, token: client.Token)).GetProperty("verifyPaymentMethod");
        Assert.Equal("[]", verified.GetProperty("errors").GetRawText());
        var deposited = await server.DepositAsync(client, deposit, $"first-deposit-{Guid.NewGuid():N}");
        Assert.Equal("[]", deposited.GetProperty("errors").GetRawText());
        return client;
    }

    /// <summary>deposit's payload (a client's money into their wallet).</summary>
    public static async Task<JsonElement> DepositAsync(this MarketplaceServer server, SignedInUser client, string amount, string idempotencyKey) =>
        (await server.DataAsync(DepositMutation, new { input = new { amount, idempotencyKey } }, client.Token)).GetProperty("deposit");

    /// <summary>withdraw's payload (a freelancer's available earnings paid out).</summary>
    public static async Task<JsonElement> WithdrawAsync(this MarketplaceServer server, SignedInUser freelancer, string amount, string idempotencyKey) =>
        (await server.DataAsync(WithdrawMutation, new { input = new { amount, idempotencyKey } }, freelancer.Token)).GetProperty("withdraw");

    /// <summary>The user's balance as the api shows it: a client's wallet, a freelancer's available earnings.</summary>
    public static async Task<string> BalanceAsync(this MarketplaceServer server, SignedInUser user) =>
        (await server.DataAsync(BalanceQuery, token: user.Token)).GetProperty("me").GetProperty("balance").GetString()!;
}

using System.Text.Json;

namespace Marketplace.Api.Tests.Harness;

/// <summary>A client, a freelancer with a proposal on the client's job, and their conversation, through the api.</summary>
public sealed record ProposalChat(SignedInUser Client, SignedInUser Freelancer, string ProposalId, string ConversationId);

/// <summary>Opening conversations and sending messages through the api, as frontends do.</summary>
public static class ChatRequests
{
    public const string StartMutation = """
        mutation ($proposalId: ID!) { startProposalConversation(input: { proposalId: $proposalId }) { conversation { id kind } errors { code message field } } }
        """;

    public const string SendMutation = """
        mutation ($conversationId: ID!, $clientMessageId: String!, $text: String!) {
          sendMessage(input: { conversationId: $conversationId, clientMessageId: $clientMessageId, text: $text }) {
            message { id sequence senderId sentByMe text sentAt } errors { code message field } } }
        """;

    /// <summary>Signs up a client and a freelancer, posts a job, submits a proposal, and the client opens its conversation.</summary>
    public static async Task<ProposalChat> StartProposalChatAsync(this MarketplaceServer server)
    {
        var client = await server.SignUpAsync("CLIENT", "Acme");
        var freelancer = await server.SignUpAsync("FREELANCER", "Ada");
        var jobId = await server.PostJobAsync(client);
        var proposalId = (await server.SubmitProposalAsync(freelancer, jobId, "750.00")).GetProperty("proposal").GetProperty("id").GetString()!;
        var started = (await server.DataAsync(StartMutation, new { proposalId }, client.Token)).GetProperty("startProposalConversation");
        Assert.Equal("[]", started.GetProperty("errors").GetRawText());
        return new ProposalChat(client, freelancer, proposalId, started.GetProperty("conversation").GetProperty("id").GetString()!);
    }

    /// <summary>sendMessage's payload.</summary>
    public static async Task<JsonElement> SendAsync(this MarketplaceServer server, SignedInUser sender, string conversationId, string text, string? clientMessageId = null) =>
        (await server.DataAsync(SendMutation, new { conversationId, clientMessageId = clientMessageId ?? Guid.NewGuid().ToString("N"), text }, sender.Token))
            .GetProperty("sendMessage");

    /// <summary>Sends a message that must be accepted; the message.</summary>
    public static async Task<JsonElement> SendAcceptedAsync(this MarketplaceServer server, SignedInUser sender, string conversationId, string text)
    {
        var payload = await server.SendAsync(sender, conversationId, text);
        Assert.Equal("[]", payload.GetProperty("errors").GetRawText());
        return payload.GetProperty("message");
    }

    /// <summary>The <c>data</c> of a subscription's next message, which must be <c>next</c>.</summary>
    public static JsonElement Next(JsonElement message, string field)
    {
        Assert.Equal("next", message.GetProperty("type").GetString());
        return message.GetProperty("payload").GetProperty("data").GetProperty(field);
    }
}

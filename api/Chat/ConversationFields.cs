using System.Security.Claims;
using Actors.GraphQL.Binding;
using Actors.Runtime;
using Marketplace.Api.Auth;
using Marketplace.Chat;
using Marketplace.Profiles;

namespace Marketplace.Api.Chat;

/// <summary>The fields of Conversation read from <see cref="ConversationView"/> (as its participant sees it) that need translating or a grain.</summary>
[GraphQLType(ChatIds.Conversation, RuntimeType = typeof(ConversationView))]
public sealed class ConversationFields
{
    public static string Id([Parent] ConversationView conversation) => ChatIds.OfConversation(conversation.Id);

    public static Task<ClientProfileView?> ClientAsync([Parent] ConversationView conversation, IGrainFactory grains) =>
        grains.GetGrain<IClientGrain>(conversation.ClientId).GetAsync();

    public static Task<FreelancerProfileView?> FreelancerAsync([Parent] ConversationView conversation, IGrainFactory grains) =>
        grains.GetGrain<IFreelancerGrain>(conversation.FreelancerId).GetAsync();

    public static IReadOnlyList<ReadReceipt> ReadReceipts([Parent] ConversationView conversation) =>
        [.. new[] { conversation.ClientId, conversation.FreelancerId }.Select(id => new ReadReceipt(ChatIds.OfUser(id), conversation.ReadUpTo.GetValueOrDefault(id)))];

    /// <summary>The history before cursor <paramref name="before"/> (from the newest when null), newest first.</summary>
    public static async Task<MessageConnection> MessagesAsync(
        [Parent] ConversationView conversation, int first, string? before, ClaimsPrincipal? user, IGrainFactory grains)
    {
        var size = Paging.Size(first);
        var viewer = Viewer.Require(user);
        var beforeSequence = before is null ? (long?)null : ChatIds.ReadCursor(before);
        var page = await grains.GetGrain<IConversationGrain>(conversation.Id).HistoryAsync(viewer.UserId, size, beforeSequence);
        var edges = page.Messages.Select(message => new MessageEdge(ChatIds.CursorOf(message.Sequence), message)).ToList();
        return new MessageConnection(edges, new PageInfo(page.HasMore, before is not null, edges.FirstOrDefault()?.Cursor, edges.LastOrDefault()?.Cursor));
    }
}

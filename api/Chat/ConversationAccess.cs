using Actors.Runtime;
using Marketplace.Api.Auth;
using Marketplace.Chat;

namespace Marketplace.Api.Chat;

/// <summary>
/// Only a conversation's two participants may read or write it. To anyone else a conversation that exists answers
/// as one that does not (NOT_FOUND), so its id tells nothing.
/// </summary>
public static class ConversationAccess
{
    /// <summary>The conversation as <paramref name="viewer"/> sees it; null when it does not exist or the viewer is not in it.</summary>
    public static async Task<ConversationView?> VisibleAsync(IGrainFactory grains, string conversationId, Viewer? viewer)
    {
        if (viewer is null)
        {
            return null;
        }

        try
        {
            return await grains.GetGrain<IConversationGrain>(conversationId).GetAsync(viewer.UserId);
        }
        catch (DomainException refused) when (refused.Code is ErrorCodes.NotFound or ErrorCodes.Forbidden)
        {
            return null;
        }
    }

    /// <summary>
    /// Runs a participant's command on the conversation; the grain's refusal of a non-participant (FORBIDDEN) becomes
    /// NOT_FOUND on <paramref name="globalId"/>, as for a conversation that does not exist.
    /// </summary>
    public static async Task<T> AsParticipantAsync<T>(string globalId, Func<Task<T>> command)
    {
        try
        {
            return await command();
        }
        catch (DomainException refused) when (refused.Code is ErrorCodes.NotFound or ErrorCodes.Forbidden)
        {
            throw NotFound(globalId);
        }
    }

    public static DomainException NotFound(string globalId) => new(ErrorCodes.NotFound, $"Conversation \"{globalId}\" does not exist.", "conversationId");
}

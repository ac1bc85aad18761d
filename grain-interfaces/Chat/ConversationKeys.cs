namespace Marketplace.Chat;

/// <summary>
/// The keys of conversation grains: one conversation per proposal (the talk before a contract, opened by the client)
/// and one per contract (the talk during the work). The key names what the conversation is about, so both sides and
/// the api find it without a lookup.
/// </summary>
public static class ConversationKeys
{
    /// <summary>The conversation about proposal <paramref name="proposalId"/>: "proposal-{id}".</summary>
    public static string ForProposal(string proposalId) => $"proposal-{proposalId}";

    /// <summary>The conversation of contract <paramref name="contractId"/>: "contract-{id}".</summary>
    public static string ForContract(string contractId) => $"contract-{contractId}";

    /// <summary>The key of the conversation of <paramref name="kind"/> about <paramref name="subjectId"/>.</summary>
    public static string For(ConversationKind kind, string subjectId) => kind switch
    {
        ConversationKind.Proposal => ForProposal(subjectId),
        ConversationKind.Contract => ForContract(subjectId),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a conversation kind."),
    };
}

using Actors.Runtime;

namespace Marketplace.Chat;

/// <summary>
/// Opens a conversation about proposal or contract <see cref="SubjectId"/> between its client and freelancer.
/// <see cref="OpenedBy"/> is the acting user: for a proposal only the client may open it (on Upwork the client
/// messages first); for a contract either side may. The api takes the participants from the proposal or contract.
/// </summary>
[GenerateSerializer]
public sealed record ConversationStart(
    [Id(0)] ConversationKind Kind, [Id(1)] string SubjectId, [Id(2)] string ClientId, [Id(3)] string FreelancerId, [Id(4)] string OpenedBy);

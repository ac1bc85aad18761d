using Actors.Runtime;

namespace Marketplace.Notifications;

/// <summary>
/// A notification to add to a user's inbox, made by a router from a domain event. <see cref="DedupeKey"/> names the
/// event it comes from (e.g. "message:{messageId}", "proposal-submitted:{proposalId}"), so an event delivered twice
/// adds one notification. <see cref="SubjectType"/> and <see cref="SubjectId"/> say what a click opens
/// ("conversation", "job", "proposal", "contract", "milestone"...); both null for a notification about nothing in particular.
/// </summary>
[GenerateSerializer]
public sealed record NotificationDraft(
    [Id(0)] string DedupeKey, [Id(1)] NotificationKind Kind, [Id(2)] string Title, [Id(3)] string Body, [Id(4)] string? SubjectType, [Id(5)] string? SubjectId);

using Actors.Runtime;

namespace Marketplace.Notifications;

/// <summary>What a notification is about: an object's type ("conversation", "job", "contract"...) and id.</summary>
[GenerateSerializer]
public sealed record NotificationSubject([Id(0)] string Type, [Id(1)] string Id);

using Actors.Runtime.Streams;
using Marketplace.Chat;
using Marketplace.Grains.Tests.Chat;
using Marketplace.Grains.Notifications;
using Marketplace.Notifications;
using Testing;

namespace Marketplace.Grains.Tests.Notifications;

public sealed class MessageNotificationTests
{
    private const string Router = "messagenotificationrouter";

    // Moves of a second at most: a delivery in flight while the clock jumps past the request timeout (30 s) would fail and wait for its retry on this clock.
    private readonly ManualTimeProvider _clock = new();

    private static string NewId() => Guid.NewGuid().ToString("N");

    [Fact]
    public async Task A_message_notifies_its_recipient_once_even_when_its_event_is_delivered_twice()
    {
        await using var cluster = await MarketplaceCluster.StartAsync(_clock);
        var (client, freelancer, proposal) = ($"client-{NewId()}", $"freelancer-{NewId()}", NewId());
        var key = ConversationKeys.ForProposal(proposal);
        var conversation = cluster.GrainFactory.GetGrain<IConversationGrain>(key);
        await conversation.OpenAsync(new ConversationStart(ConversationKind.Proposal, proposal, client, freelancer, client));
        var hello = await conversation.SendAsync(client, "1", "Hello! Are you available to start on Monday?");
        _clock.Advance(TimeSpan.FromSeconds(1));
        var reply = await conversation.SendAsync(freelancer, "2", new string('y', 300));
        var stream = new StreamId(ChatStreams.Conversation, key);

        await StreamProgress.CaughtUpAsync(cluster, Router, stream);
        await StreamProgress.RedeliverAsync(cluster, Router, stream);

        var freelancerInbox = await cluster.GrainFactory.GetGrain<IInboxGrain>(freelancer).ListAsync(10, null, false);
        var clientInbox = await cluster.GrainFactory.GetGrain<IInboxGrain>(client).ListAsync(10, null, false);
        var toFreelancer = Assert.Single(freelancerInbox.Notifications);
        Assert.Equal((NotificationKind.Message, "New message", hello.Text, new NotificationSubject("conversation", key)),
            (toFreelancer.Kind, toFreelancer.Title, toFreelancer.Body, toFreelancer.Subject));
        Assert.Equal(1, freelancerInbox.UnreadCount);
        var toClient = Assert.Single(clientInbox.Notifications);
        Assert.Equal(MessageNotificationRouterGrain.PreviewLength, toClient.Body.Length);
        Assert.StartsWith(reply.Text[..100], toClient.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refused_messages_notify_no_one()
    {
        await using var cluster = await MarketplaceCluster.StartAsync(_clock);
        var (client, freelancer, proposal) = ($"client-{NewId()}", $"freelancer-{NewId()}", NewId());
        var key = ConversationKeys.ForProposal(proposal);
        var conversation = cluster.GrainFactory.GetGrain<IConversationGrain>(key);
        await conversation.OpenAsync(new ConversationStart(ConversationKind.Proposal, proposal, client, freelancer, client));
        await Assert.ThrowsAsync<DomainException>(() => conversation.SendAsync(client, "1", "Reach me at ceo@acme.io"));
        await conversation.SendAsync(client, "2", "Thanks for applying.");

        await StreamProgress.CaughtUpAsync(cluster, Router, new StreamId(ChatStreams.Conversation, key));

        var notification = Assert.Single((await cluster.GrainFactory.GetGrain<IInboxGrain>(freelancer).ListAsync(10, null, false)).Notifications);
        Assert.Equal("Thanks for applying.", notification.Body);
        Assert.Equal(0, await cluster.GrainFactory.GetGrain<IInboxGrain>(client).UnreadCountAsync());
    }
}

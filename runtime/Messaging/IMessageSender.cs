namespace Actors.Runtime.Messaging;

/// <summary>Carries a message to its target grain, wherever that grain is active.</summary>
public interface IMessageSender
{
    /// <summary>Stamps <paramref name="message"/> with target, deadline and call chain, and routes it.</summary>
    void Send(GrainId target, Message message);
}

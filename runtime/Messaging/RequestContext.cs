namespace Actors.Runtime.Messaging;

/// <summary>
/// The request whose code is running, flowing through awaits with the execution context: how an
/// outgoing call learns the call chain it extends.
/// </summary>
internal static class RequestContext
{
    private static readonly AsyncLocal<Message?> s_current = new();

    public static Message? Current
    {
        get => s_current.Value;
        set => s_current.Value = value;
    }
}

namespace Actors.Runtime.Messaging;

/// <summary>How a request may interleave, from the attributes on its interface method.</summary>
[Flags]
public enum InvocationOptions
{
    None = 0,

    /// <summary>[ReadOnly]: may run beside other read-only requests.</summary>
    ReadOnly = 1,

    /// <summary>[AlwaysInterleave]: may run beside any request.</summary>
    AlwaysInterleave = 2,
}

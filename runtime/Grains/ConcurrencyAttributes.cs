namespace Actors.Runtime;

/// <summary>
/// On a grain class: its requests may interleave at await points (still one thread at a time).
/// By default a grain runs one request at a time, start to finish.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ReentrantAttribute : Attribute;

/// <summary>On a grain interface method: calls to it interleave with any other request.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class AlwaysInterleaveAttribute : Attribute;

/// <summary>On a grain interface method: it changes no state, so it may interleave with other read-only requests.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ReadOnlyAttribute : Attribute;

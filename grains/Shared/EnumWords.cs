namespace Marketplace.Grains.Shared;

/// <summary>An enum member as lower-case words for messages people read: InProgress → "in progress".</summary>
internal static class EnumWords
{
    public static string Of<T>(T value) where T : struct, Enum =>
        string.Concat(value.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? " " + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}

namespace Actors.Runtime.Serialization;

/// <summary>
/// Whether values of <typeparamref name="T"/> may be shared instead of copied, computed once per type:
/// the type is marked <see cref="ImmutableAttribute"/>, or its codec says so (primitives, strings,
/// enums, time types, Guid, and generated types whose members are all read-only and immutable).
/// </summary>
internal static class ImmutableType<T>
{
    public static readonly bool IsImmutable =
        typeof(T).IsDefined(typeof(ImmutableAttribute), inherit: false) || Codec<T>.Resolved?.IsImmutable == true;
}

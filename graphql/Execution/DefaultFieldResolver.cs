using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;

namespace Actors.GraphQL.Execution;

/// <summary>
/// The value of a field that has no resolver: the entry of that name when the parent is an
/// <see cref="IReadOnlyDictionary{TKey, TValue}"/> of string to object, otherwise the public instance
/// property of that name (an exact match first, then case-insensitive), read through a compiled getter
/// cached per (CLR type, field name). A parent without such an entry or property gives null.
/// </summary>
internal static class DefaultFieldResolver
{
    private static readonly ConcurrentDictionary<(Type Type, string Name), Func<object, object?>?> Getters = new();

    public static object? Resolve(object? parent, string fieldName) => parent switch
    {
        null => null,
        IReadOnlyDictionary<string, object?> dictionary => dictionary.TryGetValue(fieldName, out var entry) ? entry : null,
        _ => GetterFor(parent.GetType(), fieldName)?.Invoke(parent),
    };

    /// <summary>The compiled getter of property <paramref name="fieldName"/> of <paramref name="type"/>, or null when it has none.</summary>
    public static Func<object, object?>? GetterFor(Type type, string fieldName) =>
        Getters.GetOrAdd((type, fieldName), static key => CreateGetter(key.Type, key.Name));

    private static Func<object, object?>? CreateGetter(Type type, string name)
    {
        const BindingFlags Flags = BindingFlags.Public | BindingFlags.Instance;
        PropertyInfo? property;
        try
        {
            property = type.GetProperty(name, Flags) ?? type.GetProperty(name, Flags | BindingFlags.IgnoreCase);
        }
        catch (AmbiguousMatchException)
        {
            property = Array.Find(type.GetProperties(Flags), p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase) && p.DeclaringType == type);
        }

        if (property is null || property.GetMethod is null || property.GetIndexParameters().Length > 0)
        {
            return null;
        }

        var instance = Expression.Parameter(typeof(object), "instance");
        var read = Expression.Property(Expression.Convert(instance, type), property);
        return Expression.Lambda<Func<object, object?>>(Expression.Convert(read, typeof(object)), instance).Compile();
    }
}

using System.Reflection;

namespace Actors.GraphQL.Binding;

/// <summary>Fills a typed array or List&lt;T&gt; from a coerced list value; the typed method is chosen once at startup.</summary>
internal static class CollectionMaker
{
    /// <summary>A maker for <paramref name="target"/> (an array, List&lt;T&gt;, or an interface either implements), or null.</summary>
    public static Func<IReadOnlyList<object?>, Func<object?, object?>, object>? For(Type target, out Type? element)
    {
        element = target.IsArray && target.GetArrayRank() == 1
            ? target.GetElementType()
            : target == typeof(string) || ClrTypes.IsDictionary(target) ? null : ClrTypes.Implements(target, typeof(IEnumerable<>))?.GetGenericArguments()[0];
        if (element is null)
        {
            return null;
        }

        var method = target.IsAssignableFrom(element.MakeArrayType()) ? nameof(ToArray)
            : target.IsAssignableFrom(typeof(List<>).MakeGenericType(element)) ? nameof(ToList)
            : null;
        return method is null
            ? null
            : typeof(CollectionMaker).GetMethod(method, BindingFlags.NonPublic | BindingFlags.Static)!
                .MakeGenericMethod(element)
                .CreateDelegate<Func<IReadOnlyList<object?>, Func<object?, object?>, object>>();
    }

    private static object ToArray<T>(IReadOnlyList<object?> items, Func<object?, object?> element)
    {
        var array = new T[items.Count];
        for (var i = 0; i < array.Length; i++)
        {
            array[i] = element(items[i]) is { } value ? (T)value : default!;
        }

        return array;
    }

    private static object ToList<T>(IReadOnlyList<object?> items, Func<object?, object?> element)
    {
        var list = new List<T>(items.Count);
        foreach (var item in items)
        {
            list.Add(element(item) is { } value ? (T)value : default!);
        }

        return list;
    }
}

using System.Collections;
using System.Reflection;

namespace Actors.GraphQL.Binding;

/// <summary>Questions about CLR types that binding asks: leaf or composite, sequence element, display name.</summary>
internal static class ClrTypes
{
    private static readonly Dictionary<Type, string> _keywords = new()
    {
        [typeof(bool)] = "bool", [typeof(byte)] = "byte", [typeof(sbyte)] = "sbyte", [typeof(short)] = "short",
        [typeof(ushort)] = "ushort", [typeof(int)] = "int", [typeof(uint)] = "uint", [typeof(long)] = "long",
        [typeof(ulong)] = "ulong", [typeof(float)] = "float", [typeof(double)] = "double", [typeof(decimal)] = "decimal",
        [typeof(char)] = "char", [typeof(string)] = "string", [typeof(object)] = "object", [typeof(void)] = "void",
    };

    /// <summary>A value that GraphQL would see as a scalar or enum, never as an object with fields.</summary>
    public static bool IsLeaf(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal)
            || type == typeof(DateTime) || type == typeof(DateTimeOffset) || type == typeof(Guid) || type == typeof(TimeSpan)
            || type == typeof(DateOnly) || type == typeof(TimeOnly) || type == typeof(Uri);
    }

    public static bool IsDictionary(Type type) =>
        typeof(IDictionary).IsAssignableFrom(type)
        || Implements(type, typeof(IDictionary<,>)) is not null
        || Implements(type, typeof(IReadOnlyDictionary<,>)) is not null;

    /// <summary>The element type of a list-like type (arrays, IEnumerable&lt;T&gt;, IAsyncEnumerable&lt;T&gt;); null for strings, dictionaries and non-sequences.</summary>
    public static Type? SequenceElement(Type type)
    {
        if (type == typeof(string) || IsDictionary(type))
        {
            return null;
        }

        if (type.IsArray)
        {
            return type.GetElementType();
        }

        var generic = Implements(type, typeof(IEnumerable<>)) ?? Implements(type, typeof(IAsyncEnumerable<>));
        if (generic is not null)
        {
            return generic.GetGenericArguments()[0];
        }

        return typeof(IEnumerable).IsAssignableFrom(type) ? typeof(object) : null;
    }

    /// <summary>The constructed generic interface <paramref name="definition"/> that <paramref name="type"/> is or implements.</summary>
    public static Type? Implements(Type type, Type definition)
    {
        if (type.IsGenericType && type.GetGenericTypeDefinition() == definition)
        {
            return type;
        }

        foreach (var candidate in type.GetInterfaces())
        {
            if (candidate.IsGenericType && candidate.GetGenericTypeDefinition() == definition)
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>A C#-like name: <c>int?</c>, <c>List&lt;string&gt;</c>, <c>Job[]</c>.</summary>
    public static string Display(Type type)
    {
        if (_keywords.TryGetValue(type, out var keyword))
        {
            return keyword;
        }

        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return Display(underlying) + "?";
        }

        if (type.IsArray)
        {
            return Display(type.GetElementType()!) + "[" + new string(',', type.GetArrayRank() - 1) + "]";
        }

        if (!type.IsGenericType)
        {
            return type.Name;
        }

        var name = type.Name;
        var tick = name.IndexOf('`', StringComparison.Ordinal);
        return (tick < 0 ? name : name[..tick]) + "<" + string.Join(", ", type.GetGenericArguments().Select(Display)) + ">";
    }

    /// <summary>The default value of <paramref name="type"/>, boxed (null for reference and nullable types).</summary>
    public static object? DefaultOf(Type type) =>
        type.IsValueType && Nullable.GetUnderlyingType(type) is null ? Activator.CreateInstance(type) : null;

    /// <summary>What a parameter gets when nothing is given: its declared default, else the type's default.</summary>
    public static object? ParameterDefault(ParameterInfo parameter)
    {
        var type = parameter.ParameterType;
        if (!parameter.HasDefaultValue || parameter.DefaultValue is null or DBNull or Missing)
        {
            return DefaultOf(type);
        }

        var value = parameter.DefaultValue;
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        return underlying.IsEnum && !underlying.IsInstanceOfType(value) ? Enum.ToObject(underlying, value) : value;
    }
}

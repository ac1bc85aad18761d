using System.Reflection;
using System.Runtime.CompilerServices;
using Actors.GraphQL.Types;

namespace Actors.GraphQL.Binding;

/// <summary>
/// Which public members of a resolver class are resolvers, and which field each resolves: <c>Job</c>,
/// <c>JobAsync</c>, <c>GetJob</c> and <c>GetJobAsync</c> resolve <c>job</c>; <see cref="GraphQLNameAttribute"/> overrides.
/// </summary>
internal static class MemberNaming
{
    private const BindingFlags Members = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static;

    public static IEnumerable<MemberInfo> ResolverMembers(Type type)
    {
        foreach (var method in type.GetMethods(Members))
        {
            if (!method.IsSpecialName
                && method.GetBaseDefinition().DeclaringType != typeof(object)
                && !method.IsDefined(typeof(CompilerGeneratedAttribute))
                && !method.IsDefined(typeof(GraphQLIgnoreAttribute))
                && !method.Name.StartsWith('<')
                && method.Name is not ("Deconstruct" or "Dispose" or "DisposeAsync"))
            {
                yield return method;
            }
        }

        foreach (var property in type.GetProperties(Members))
        {
            if (property.GetMethod is { IsPublic: true }
                && property.GetIndexParameters().Length == 0
                && !property.IsDefined(typeof(GraphQLIgnoreAttribute)))
            {
                yield return property;
            }
        }
    }

    /// <summary>The field of <paramref name="type"/> that <paramref name="member"/> resolves, or null.</summary>
    public static FieldDefinition? FindField(IFieldsType type, MemberInfo member)
    {
        if (member.GetCustomAttribute<GraphQLNameAttribute>() is { } named)
        {
            return type.Field(named.Name);
        }

        var candidates = Candidates(member.Name).ToList();
        return candidates.Select(type.Field).FirstOrDefault(f => f is not null)
            ?? candidates.Select(c => type.Fields.FirstOrDefault(f => f.Name.Equals(c, StringComparison.OrdinalIgnoreCase)))
                .FirstOrDefault(f => f is not null);
    }

    /// <summary>The public property of a runtime type that serves <paramref name="field"/>, or null.</summary>
    public static PropertyInfo? FindProperty(Type runtimeType, FieldDefinition field)
    {
        var properties = runtimeType.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Concat(runtimeType.IsInterface ? runtimeType.GetInterfaces().SelectMany(i => i.GetProperties()) : [])
            .Where(p => p.GetMethod is { IsPublic: true } && p.GetIndexParameters().Length == 0)
            .ToList();
        return properties.Find(p => (p.GetCustomAttribute<GraphQLNameAttribute>()?.Name ?? Camel(p.Name)) == field.Name)
            ?? properties.Find(p => p.Name.Equals(field.Name, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The field names a member name may stand for, the likeliest first.</summary>
    public static IEnumerable<string> Candidates(string memberName)
    {
        var name = memberName.Length > 5 && memberName.EndsWith("Async", StringComparison.Ordinal) ? memberName[..^5] : memberName;
        if (name.Length > 3 && name.StartsWith("Get", StringComparison.Ordinal) && char.IsUpper(name[3]))
        {
            yield return Camel(name[3..]);
        }

        yield return Camel(name);
    }

    /// <summary><c>Jobs</c> → <c>jobs</c>, <c>ID</c> → <c>id</c>, <c>URLPath</c> → <c>urlPath</c>.</summary>
    public static string Camel(string name)
    {
        var upper = 0;
        while (upper < name.Length && char.IsUpper(name[upper]))
        {
            upper++;
        }

        return upper switch
        {
            0 => name,
            1 => char.ToLowerInvariant(name[0]) + name[1..],
            _ when upper == name.Length => name.ToLowerInvariant(),
            _ => name[..(upper - 1)].ToLowerInvariant() + name[(upper - 1)..],
        };
    }
}

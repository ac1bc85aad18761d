using System.Reflection;
using Actors.Runtime;
using Actors.Runtime.Serialization;

namespace Marketplace.Grains.Tests;

/// <summary>
/// In a cluster every grain call may cross to another silo: each argument and result type of every marketplace grain
/// interface, and every member type they hold, must have a codec (a type without one would fail only when a call
/// happens to cross, in production). The check walks the types the way the serializer would.
/// </summary>
public sealed class WireTypesTests
{
    [Fact]
    public void Every_grain_interface_argument_and_result_type_can_cross_between_silos()
    {
        var interfaces = typeof(DomainException).Assembly.GetTypes()
            .Where(t => t.IsInterface && typeof(IGrain).IsAssignableFrom(t) && t != typeof(IGrain)).ToList();
        Assert.True(interfaces.Count > 10, $"found only {interfaces.Count} grain interfaces");

        var missing = new SortedSet<string>(StringComparer.Ordinal);
        var seen = new HashSet<Type>();
        foreach (var method in interfaces.SelectMany(i => i.GetMethods()))
        {
            foreach (var type in method.GetParameters().Select(p => p.ParameterType).Append(ResultOf(method.ReturnType)).OfType<Type>())
            {
                Check(type, $"{method.DeclaringType!.Name}.{method.Name}", seen, missing);
            }
        }

        Assert.True(missing.Count == 0, "types without a codec:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void The_check_finds_a_type_without_a_codec_also_inside_a_list()
    {
        var missing = new SortedSet<string>(StringComparer.Ordinal);

        Check(typeof(IReadOnlyList<Unserializable>), "IOfferGrain.Test", [], missing);

        Assert.Equal([$"{typeof(Unserializable)} (in IOfferGrain.Test)"], missing);
    }

    private static Type? ResultOf(Type returnType) =>
        returnType.IsGenericType && (returnType.GetGenericTypeDefinition() == typeof(Task<>) || returnType.GetGenericTypeDefinition() == typeof(ValueTask<>))
            ? returnType.GetGenericArguments()[0]
            : null;

    private static void Check(Type type, string where, HashSet<Type> seen, SortedSet<string> missing)
    {
        if (!seen.Add(type))
        {
            return;
        }

        try
        {
            _ = typeof(Codec<>).MakeGenericType(type).GetProperty(nameof(Codec<int>.Instance))!.GetValue(null);
        }
        catch (TargetInvocationException exception) when (exception.InnerException is CodecNotFoundException or TypeInitializationException)
        {
            missing.Add($"{type} (in {where})");
            return;
        }

        foreach (var argument in type.IsGenericType ? type.GetGenericArguments() : type.IsArray ? [type.GetElementType()!] : [])
        {
            Check(argument, where, seen, missing);
        }

        if (type.GetCustomAttribute<GenerateSerializerAttribute>() is not null)
        {
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetCustomAttribute<IdAttribute>() is not null || HasIdParameter(type, p)))
            {
                Check(property.PropertyType, $"{type.Name}.{property.Name}", seen, missing);
            }
        }
    }

    /// <summary>A record's positional member: its constructor parameter carries the [Id].</summary>
    private static bool HasIdParameter(Type type, PropertyInfo property) =>
        type.GetConstructors().SelectMany(c => c.GetParameters())
            .Any(p => p.Name == property.Name && p.GetCustomAttribute<IdAttribute>() is not null);

    public sealed class Unserializable
    {
        public int Value { get; init; }
    }
}

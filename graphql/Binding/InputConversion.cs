using System.Globalization;
using Actors.GraphQL.Types;

namespace Actors.GraphQL.Binding;

/// <summary>
/// Builds, once at startup, the converters from coerced argument values (int, long, double, decimal, string, bool,
/// DateTimeOffset, enum names, dictionaries for input objects, lists) to the CLR types of resolver parameters.
/// A converter returns null for null and throws <see cref="ArgumentConversionException"/> for a value it cannot take.
/// </summary>
internal sealed partial class InputConversion
{
    private static readonly Dictionary<string, Type[]> _scalars = new(StringComparer.Ordinal)
    {
        ["Int"] = [typeof(int), typeof(long), typeof(double), typeof(float), typeof(decimal)],
        ["Float"] = [typeof(double), typeof(float), typeof(decimal)],
        ["String"] = [typeof(string)],
        ["Boolean"] = [typeof(bool)],
        ["ID"] = [typeof(string), typeof(Guid), typeof(int), typeof(long)],
        ["Long"] = [typeof(long), typeof(decimal), typeof(double)],
        ["Decimal"] = [typeof(decimal), typeof(double)],
        ["DateTime"] = [typeof(DateTimeOffset), typeof(DateTime)],
    };

    private static readonly Func<object?, object?> _identity = value => value;

    /// <summary>The converter from values of <paramref name="type"/> to <paramref name="clr"/>, or null with the reason.</summary>
    public Func<object?, object?>? Build(IGraphQLType type, Type clr, out ConversionProblem? problem)
    {
        problem = null;
        if (type is NonNullType nonNull)
        {
            return Build(nonNull.OfType, clr, out problem);
        }

        var target = Nullable.GetUnderlyingType(clr) ?? clr;
        if (target == typeof(object))
        {
            return _identity;
        }

        switch (type)
        {
            case ListType list:
                return BuildList(list, target, out problem);
            case ScalarType scalar:
                return BuildScalar(scalar, target, out problem);
            case EnumType enumType:
                return BuildEnum(enumType, target, out problem);
            case InputObjectType inputObject:
                return BuildInputObject(inputObject, target, out problem);
            default:
                problem = new ConversionProblem(target, type, null);
                return null;
        }
    }

    private Func<object?, object?>? BuildList(ListType list, Type target, out ConversionProblem? problem)
    {
        var make = CollectionMaker.For(target, out var elementType);
        if (make is null || elementType is null)
        {
            problem = new ConversionProblem(target, list, null);
            return null;
        }

        var element = Build(list.OfType, elementType, out problem);
        if (element is null)
        {
            return null;
        }

        return value => value switch
        {
            null => null,
            IReadOnlyList<object?> items => make(items, element),
            _ => make([value], element),
        };
    }

    private static Func<object?, object?>? BuildScalar(ScalarType scalar, Type target, out ConversionProblem? problem)
    {
        problem = null;
        if (!_scalars.TryGetValue(scalar.Name, out var allowed))
        {
            return value => value is null || target.IsInstanceOfType(value)
                ? value
                : throw new ArgumentConversionException($"{Describe(value)} is not a {ClrTypes.Display(target)}");
        }

        if (!allowed.Contains(target))
        {
            problem = new ConversionProblem(target, scalar, null);
            return null;
        }

        if (target == typeof(Guid))
        {
            return value => value switch
            {
                null => null,
                Guid => value,
                _ => Guid.TryParse(Convert.ToString(value, CultureInfo.InvariantCulture), out var guid)
                    ? guid
                    : throw new ArgumentConversionException($"{Describe(value)} is not a valid Guid"),
            };
        }

        if (target == typeof(DateTimeOffset) || target == typeof(DateTime))
        {
            return value => value switch
            {
                null => null,
                DateTimeOffset instant => target == typeof(DateTime) ? instant.UtcDateTime : instant,
                DateTime time => target == typeof(DateTime) ? time : new DateTimeOffset(time),
                _ => throw new ArgumentConversionException($"{Describe(value)} is not a date-time"),
            };
        }

        if (target == typeof(string))
        {
            return value => value is null or string ? value : Convert.ToString(value, CultureInfo.InvariantCulture);
        }

        var name = ClrTypes.Display(target);
        return value =>
        {
            if (value is null || value.GetType() == target)
            {
                return value;
            }

            try
            {
                return Convert.ChangeType(value, target, CultureInfo.InvariantCulture);
            }
            catch (Exception e) when (e is FormatException or OverflowException or InvalidCastException)
            {
                throw new ArgumentConversionException($"{Describe(value)} is not a valid {name}", e);
            }
        };
    }

    private static Func<object?, object?>? BuildEnum(EnumType type, Type target, out ConversionProblem? problem)
    {
        problem = null;
        if (target == typeof(string))
        {
            return _identity;
        }

        if (!target.IsEnum)
        {
            problem = new ConversionProblem(target, type, null);
            return null;
        }

        var members = new Dictionary<string, object>(StringComparer.Ordinal);
        var names = Enum.GetNames(target);
        foreach (var value in type.Values)
        {
            var member = Array.Find(names, n => n == value.Name) ?? Array.Find(names, n => EnumNames.Matches(value.Name, n));
            if (member is null)
            {
                problem = new ConversionProblem(target, type, $"enum {ClrTypes.Display(target)} has no member for {type}.{value.Name}");
                return null;
            }

            members[value.Name] = Enum.Parse(target, member);
        }

        return value => value switch
        {
            null => null,
            string name when members.TryGetValue(name, out var member) => member,
            Enum when target.IsInstanceOfType(value) => value,
            _ => throw new ArgumentConversionException($"{Describe(value)} is not a value of {type}"),
        };
    }

    internal static string Describe(object value) => value switch
    {
        string text => $"\"{text}\"",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? value.GetType().Name,
    };
}

/// <summary>Why a parameter cannot take an input type: at which CLR type and GraphQL type, and any detail.</summary>
internal sealed record ConversionProblem(Type Clr, IGraphQLType GraphQLType, string? Detail)
{
    public string Describe() => Detail ?? $"{ClrTypes.Display(Clr)} cannot take {GraphQLType}";
}

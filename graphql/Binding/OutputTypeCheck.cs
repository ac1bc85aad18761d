using Actors.GraphQL.Types;

namespace Actors.GraphQL.Binding;

/// <summary>
/// Whether values of a CLR type can serve a field of a GraphQL output type: scalars by a fixed mapping, enums from
/// a C# enum (every member naming a value) or string, lists from sequences, object types from any non-leaf type (the
/// bound runtime type when one is declared), and no C# nullable value type where the field is non-null.
/// </summary>
internal sealed class OutputTypeCheck(Schema schema, IReadOnlyDictionary<ObjectType, Type> runtimeTypes)
{
    private static readonly Dictionary<string, Type[]> _scalars = new(StringComparer.Ordinal)
    {
        ["String"] = [typeof(string)],
        ["Int"] = [typeof(int), typeof(short), typeof(byte), typeof(sbyte), typeof(ushort)],
        ["Float"] = [typeof(double), typeof(float)],
        ["Boolean"] = [typeof(bool)],
        ["ID"] = [typeof(string), typeof(Guid), typeof(int), typeof(long)],
        ["Long"] = [typeof(long), typeof(int), typeof(short), typeof(byte), typeof(uint)],
        ["Decimal"] = [typeof(decimal)],
        ["DateTime"] = [typeof(DateTimeOffset), typeof(DateTime)],
    };

    /// <summary>Null when <paramref name="clr"/> fits <paramref name="fieldType"/>; otherwise the reason, as "which …".</summary>
    public string? Check(Type clr, IGraphQLType fieldType)
    {
        if (Find(clr, fieldType) is not { } mismatch)
        {
            return null;
        }

        var atTop = (mismatch.Clr == clr || mismatch.Clr == Nullable.GetUnderlyingType(clr))
            && (mismatch.GraphQLType.Equals(fieldType) || mismatch.GraphQLType.Equals(TypeInfo.Nullable(fieldType)));
        return (atTop, mismatch.CanBeNull, mismatch.Detail) switch
        {
            (true, true, _) => $"which can be null but {fieldType} is non-null",
            (true, false, null) => $"which does not fit {fieldType}",
            _ => $"which does not fit {fieldType}: {mismatch.Describe()}",
        };
    }

    private Mismatch? Find(Type clr, IGraphQLType type)
    {
        if (type is NonNullType nonNull)
        {
            return Nullable.GetUnderlyingType(clr) is not null
                ? new Mismatch(clr, type, CanBeNull: true, null)
                : Find(clr, nonNull.OfType);
        }

        clr = Nullable.GetUnderlyingType(clr) ?? clr;
        if (type is ListType list)
        {
            var element = ClrTypes.SequenceElement(clr);
            if (element is null)
            {
                return new Mismatch(clr, type, false, $"{ClrTypes.Display(clr)} is not a list");
            }

            return element == typeof(object) ? null : Find(element, list.OfType);
        }

        return type switch
        {
            ScalarType scalar => _scalars.TryGetValue(scalar.Name, out var allowed) && !allowed.Contains(clr)
                ? new Mismatch(clr, type, false, null)
                : null,
            EnumType enumType => FindInEnum(clr, enumType),
            _ => FindInComposite(clr, (INamedType)type),
        };
    }

    private static Mismatch? FindInEnum(Type clr, EnumType type)
    {
        if (clr == typeof(string))
        {
            return null;
        }

        if (!clr.IsEnum)
        {
            return new Mismatch(clr, type, false, null);
        }

        foreach (var member in Enum.GetNames(clr))
        {
            if (EnumNames.Find(type, member) is null)
            {
                return new Mismatch(clr, type, false, $"enum {ClrTypes.Display(clr)} member {member} matches no value of {type}");
            }
        }

        return null;
    }

    private Mismatch? FindInComposite(Type clr, INamedType type)
    {
        if (ClrTypes.IsLeaf(clr))
        {
            return new Mismatch(clr, type, false, null);
        }

        if (ClrTypes.SequenceElement(clr) is not null)
        {
            return new Mismatch(clr, type, false, $"{ClrTypes.Display(clr)} is a list but {type} is not");
        }

        if (clr == typeof(object))
        {
            return null;
        }

        if (type is ObjectType obj)
        {
            return runtimeTypes.TryGetValue(obj, out var runtime) && !runtime.IsAssignableFrom(clr)
                ? new Mismatch(clr, type, false, $"{ClrTypes.Display(clr)} is not the runtime type {ClrTypes.Display(runtime)} of {type}")
                : null;
        }

        var possible = schema.GetPossibleTypes(type);
        var runtimes = possible.Select(p => runtimeTypes.GetValueOrDefault(p)).ToList();
        if (runtimes.Count == 0 || runtimes.Any(r => r is null)
            || runtimes.Any(r => r!.IsAssignableFrom(clr) || clr.IsAssignableFrom(r)))
        {
            return null;
        }

        return new Mismatch(clr, type, false,
            $"{ClrTypes.Display(clr)} is none of the runtime types of {type} ({string.Join(", ", runtimes.Select(r => ClrTypes.Display(r!)))})");
    }

    private sealed record Mismatch(Type Clr, IGraphQLType GraphQLType, bool CanBeNull, string? Detail)
    {
        public string Describe() => CanBeNull
            ? $"{ClrTypes.Display(Clr)} can be null but {GraphQLType} is non-null"
            : Detail ?? $"{ClrTypes.Display(Clr)} does not fit {GraphQLType}";
    }
}

using Actors.GraphQL.Types;

namespace Actors.GraphQL.Binding;

/// <summary>How C# enum members and GraphQL enum values match: by name, case-insensitively, underscores ignored.</summary>
internal static class EnumNames
{
    public static EnumValueDefinition? Find(EnumType type, string memberName) =>
        type.Value(memberName) ?? type.Values.FirstOrDefault(v => Matches(v.Name, memberName));

    public static bool Matches(string graphQLName, string memberName) =>
        string.Equals(graphQLName.Replace("_", "", StringComparison.Ordinal), memberName.Replace("_", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);
}

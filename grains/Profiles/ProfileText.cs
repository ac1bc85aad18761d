namespace Marketplace.Grains.Profiles;

/// <summary>The rules for the text fields every profile has: display name, bounded free text, country code.</summary>
public static class ProfileText
{
    public const int MaxDisplayNameLength = 100;

    /// <summary><paramref name="displayName"/> trimmed; refused (field "displayName") when empty or over 100 characters.</summary>
    public static string DisplayName(string? displayName)
    {
        var trimmed = displayName?.Trim() ?? string.Empty;
        return trimmed.Length is 0 or > MaxDisplayNameLength
            ? throw DomainException.InvalidInput("displayName", $"A display name has 1 to {MaxDisplayNameLength} characters.")
            : trimmed;
    }

    /// <summary><paramref name="value"/> trimmed (empty allowed: it clears the field); refused when over <paramref name="maxLength"/> characters.</summary>
    public static string Bounded(string field, string value, int maxLength)
    {
        var trimmed = value.Trim();
        return trimmed.Length > maxLength
            ? throw DomainException.InvalidInput(field, $"The {field} has at most {maxLength} characters.")
            : trimmed;
    }

    /// <summary>
    /// An ISO 3166-1 alpha-2 code (two letters, upper-cased: "de" is "DE"), or null for an empty value (clears it);
    /// refused (field "country") otherwise.
    /// </summary>
    public static string? Country(string value)
    {
        var code = value.Trim().ToUpperInvariant();
        if (code.Length == 0)
        {
            return null;
        }

        return code.Length == 2 && char.IsAsciiLetterUpper(code[0]) && char.IsAsciiLetterUpper(code[1])
            ? code
            : throw DomainException.InvalidInput("country", "A country is a two-letter ISO 3166-1 code, such as US or DE.");
    }
}

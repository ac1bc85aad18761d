namespace Marketplace.Accounts;

/// <summary>
/// The key of an <see cref="IAccountGrain"/>: the account's email, trimmed and lower-cased (invariant), so that
/// "Ana@Example.com " and "ana@example.com" are one account. The format check is deliberately plain: one '@',
/// a non-empty local part, a domain with a dot (not at either end), no spaces or control characters, at most
/// <see cref="MaxLength"/> characters (RFC 5321's limit on a path).
/// </summary>
public static class AccountKeys
{
    public const int MaxLength = 254;

    /// <summary>The normalized form of <paramref name="email"/>; refused with <see cref="ErrorCodes.InvalidInput"/> (field "email") when it is not an email.</summary>
    public static string Normalize(string? email) =>
        TryNormalize(email, out var normalized)
            ? normalized
            : throw DomainException.InvalidInput("email", "Enter a valid email address, such as name@example.com.");

    /// <summary>Whether <paramref name="email"/> is an email; when it is, <paramref name="normalized"/> is its key.</summary>
    public static bool TryNormalize(string? email, out string normalized)
    {
        normalized = string.Empty;
        if (email is null)
        {
            return false;
        }

        var candidate = email.Trim().ToLowerInvariant();
        var at = candidate.IndexOf('@', StringComparison.Ordinal);
        if (candidate.Length > MaxLength || at <= 0 || at != candidate.LastIndexOf('@') || candidate.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            return false;
        }

        var domain = candidate[(at + 1)..];
        if (domain.Length == 0 || !domain.Contains('.', StringComparison.Ordinal) || domain.StartsWith('.') || domain.EndsWith('.'))
        {
            return false;
        }

        normalized = candidate;
        return true;
    }
}

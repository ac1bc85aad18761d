namespace Actors.GraphQL.Validation;

/// <summary>
/// The "Did you mean …?" suffix of validation messages: which known names are close to a mistyped
/// one (case-insensitive optimal-string-alignment distance within 40% of the input's length), ordered
/// as graphql-js orders them (by distance, then in natural order, digits compared as numbers).
/// </summary>
internal static class RulesBSuggestions
{
    private const int MaxSuggestions = 5;

    /// <summary>The options close enough to <paramref name="input"/> to suggest, best first.</summary>
    public static IReadOnlyList<string> SuggestionList(string input, IEnumerable<string> options)
    {
        var threshold = (int)Math.Floor(input.Length * 0.4) + 1;
        var distances = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var option in options)
        {
            if (!distances.ContainsKey(option) && Distance(input, option, threshold) is { } distance)
            {
                distances[option] = distance;
            }
        }

        return [.. distances.Keys.Order(Comparer<string>.Create((a, b) =>
            distances[a] != distances[b] ? distances[a].CompareTo(distances[b]) : NaturalCompare(a, b)))];
    }

    /// <summary>" Did you mean "a", "b", or "c"?" (at most five names), or "" when there are none.</summary>
    public static string DidYouMean(IReadOnlyList<string> suggestions, string? subject = null)
    {
        if (suggestions.Count == 0)
        {
            return "";
        }

        var prefix = subject is null ? " Did you mean " : $" Did you mean {subject} ";
        var quoted = suggestions.Take(MaxSuggestions).Select(s => $"\"{s}\"").ToList();
        return quoted.Count switch
        {
            1 => $"{prefix}{quoted[0]}?",
            2 => $"{prefix}{quoted[0]} or {quoted[1]}?",
            _ => $"{prefix}{string.Join(", ", quoted.Take(quoted.Count - 1))}, or {quoted[^1]}?",
        };
    }

    /// <summary>
    /// The edit distance between the two names when it is at most <paramref name="threshold"/>: a change
    /// of case alone costs one edit; otherwise insertions, deletions, substitutions and swaps of two
    /// adjacent characters each cost one, compared without regard to case.
    /// </summary>
    private static int? Distance(string input, string option, int threshold)
    {
        if (input == option)
        {
            return 0;
        }

        var longer = option.ToLowerInvariant();
        var shorter = input.ToLowerInvariant();
        if (longer == shorter)
        {
            return 1;
        }

        if (longer.Length < shorter.Length)
        {
            (longer, shorter) = (shorter, longer);
        }

        if (longer.Length - shorter.Length > threshold)
        {
            return null;
        }

        // Three rolling rows: the one before the previous row is needed for swaps.
        var rows = new int[3][];
        for (var r = 0; r < 3; r++)
        {
            rows[r] = new int[shorter.Length + 1];
        }

        for (var j = 0; j <= shorter.Length; j++)
        {
            rows[0][j] = j;
        }

        for (var i = 1; i <= longer.Length; i++)
        {
            var previous = rows[(i - 1) % 3];
            var current = rows[i % 3];
            current[0] = i;
            var smallest = i;
            for (var j = 1; j <= shorter.Length; j++)
            {
                var cost = longer[i - 1] == shorter[j - 1] ? 0 : 1;
                var cell = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && longer[i - 1] == shorter[j - 2] && longer[i - 2] == shorter[j - 1])
                {
                    cell = Math.Min(cell, rows[(i - 2) % 3][j - 2] + 1);
                }

                smallest = Math.Min(smallest, cell);
                current[j] = cell;
            }

            // No later row can get below the smallest cell of this one.
            if (smallest > threshold)
            {
                return null;
            }
        }

        var distance = rows[longer.Length % 3][shorter.Length];
        return distance <= threshold ? distance : null;
    }

    /// <summary>Orders names character by character, except that runs of digits compare by their numeric value.</summary>
    private static int NaturalCompare(string a, string b)
    {
        var i = 0;
        var j = 0;
        while (i < a.Length && j < b.Length)
        {
            if (char.IsAsciiDigit(a[i]) && char.IsAsciiDigit(b[j]))
            {
                var x = ReadNumber(a, ref i);
                var y = ReadNumber(b, ref j);
                if (x != y)
                {
                    return x < y ? -1 : 1;
                }
            }
            else
            {
                if (a[i] != b[j])
                {
                    return a[i] < b[j] ? -1 : 1;
                }

                i++;
                j++;
            }
        }

        return a.Length - b.Length;
    }

    /// <summary>
    /// Reads a run of digits as a number. A leading zero ends the run after itself, so "007" reads as
    /// three numbers 0, 0 and 7, and "a01" sorts before "a1".
    /// </summary>
    private static double ReadNumber(string text, ref int index)
    {
        double value = 0;
        do
        {
            value = (value * 10) + (text[index] - '0');
            index++;
        }
        while (index < text.Length && char.IsAsciiDigit(text[index]) && value > 0);

        return value;
    }
}

namespace Actors.GraphQL.Validation;

/// <summary>
/// "Did you mean …?" suffixes for validation messages, worded and ordered as graphql-js words and orders
/// them, so our messages equal its messages: candidates within an edit distance of 40% of the input's
/// length (plus one), closest first, ties in natural order (runs of digits compared as numbers), at most
/// five quoted names.
/// </summary>
internal static class Suggestions
{
    private const int MaxSuggestions = 5;

    /// <summary>The <paramref name="options"/> close enough to <paramref name="input"/> to suggest, best first, each once.</summary>
    public static IReadOnlyList<string> Of(string input, IEnumerable<string> options)
    {
        var threshold = (input.Length * 4 / 10) + 1;
        var inputLower = input.ToLowerInvariant();
        var distances = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var option in options)
        {
            if (!distances.ContainsKey(option) && Distance(input, inputLower, option, threshold) is { } distance)
            {
                distances[option] = distance;
            }
        }

        return [.. distances.Keys.OrderBy(o => distances[o]).ThenBy(o => o, NaturalComparer.Instance)];
    }

    /// <summary>" Did you mean "a", "b", or "c"?" for the first five <paramref name="suggestions"/>; empty when there are none.</summary>
    public static string DidYouMean(IReadOnlyList<string> suggestions) => DidYouMean(null, suggestions);

    /// <summary>As <see cref="DidYouMean(IReadOnlyList{string})"/>, with <paramref name="lead"/> between "Did you mean" and the names.</summary>
    public static string DidYouMean(string? lead, IReadOnlyList<string> suggestions)
    {
        var quoted = suggestions.Take(MaxSuggestions).Select(s => $"\"{s}\"").ToList();
        var message = lead is null ? " Did you mean " : $" Did you mean {lead} ";
        return quoted.Count switch
        {
            0 => "",
            1 => message + quoted[0] + "?",
            2 => message + quoted[0] + " or " + quoted[1] + "?",
            _ => message + string.Join(", ", quoted.Take(quoted.Count - 1)) + ", or " + quoted[^1] + "?",
        };
    }

    /// <summary>
    /// The optimal-string-alignment distance (insertions, deletions, substitutions and swaps of two
    /// adjacent characters) between the lower-cased strings, a change of case alone counting one; null
    /// when it exceeds <paramref name="threshold"/>.
    /// </summary>
    private static int? Distance(string input, string inputLower, string option, int threshold)
    {
        if (input == option)
        {
            return 0;
        }

        var optionLower = option.ToLowerInvariant();
        if (inputLower == optionLower)
        {
            return 1;
        }

        var (a, b) = optionLower.Length >= inputLower.Length ? (optionLower, inputLower) : (inputLower, optionLower);
        if (a.Length - b.Length > threshold)
        {
            return null;
        }

        // Three rolling rows: the swap of adjacent characters looks two rows back.
        var rows = new int[3][];
        for (var r = 0; r < 3; r++)
        {
            rows[r] = new int[b.Length + 1];
        }

        for (var j = 0; j <= b.Length; j++)
        {
            rows[0][j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            var up = rows[(i - 1) % 3];
            var current = rows[i % 3];
            current[0] = i;
            var smallest = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var cell = Math.Min(Math.Min(up[j] + 1, current[j - 1] + 1), up[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    cell = Math.Min(cell, rows[(i - 2) % 3][j - 2] + 1);
                }

                smallest = Math.Min(smallest, cell);
                current[j] = cell;
            }

            if (smallest > threshold)
            {
                return null;
            }
        }

        var distance = rows[a.Length % 3][b.Length];
        return distance <= threshold ? distance : null;
    }

    /// <summary>Orders strings by UTF-16 code unit, except that runs of digits compare by their numeric value ("a2" before "a10").</summary>
    internal sealed class NaturalComparer : IComparer<string>
    {
        public static NaturalComparer Instance { get; } = new();

        public int Compare(string? x, string? y)
        {
            if (x is null || y is null)
            {
                return x is null ? (y is null ? 0 : -1) : 1;
            }

            int i = 0, j = 0;
            while (i < x.Length && j < y.Length)
            {
                if (char.IsAsciiDigit(x[i]) && char.IsAsciiDigit(y[j]))
                {
                    var (xNumber, xEnd) = ReadNumber(x, i);
                    var (yNumber, yEnd) = ReadNumber(y, j);
                    if (xNumber != yNumber)
                    {
                        return xNumber < yNumber ? -1 : 1;
                    }

                    (i, j) = (xEnd, yEnd);
                }
                else
                {
                    if (x[i] != y[j])
                    {
                        return x[i] < y[j] ? -1 : 1;
                    }

                    i++;
                    j++;
                }
            }

            return x.Length - y.Length;
        }

        /// <summary>
        /// The number starting at <paramref name="start"/> and the index after it. A leading zero is a
        /// number of its own ("007" reads as 0, 0, 7), as graphql-js reads it.
        /// </summary>
        private static (double Number, int End) ReadNumber(string s, int start)
        {
            var number = 0d;
            var index = start;
            do
            {
                number = (number * 10) + (s[index] - '0');
                index++;
            }
            while (index < s.Length && char.IsAsciiDigit(s[index]) && number > 0);

            return (number, index);
        }
    }
}

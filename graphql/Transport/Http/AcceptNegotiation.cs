using System.Collections.Concurrent;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Actors.GraphQL.Transport.Http;

/// <summary>
/// Chooses the response media type from the <c>Accept</c> header (RFC 9110 §12.5.1): the type with the
/// highest quality wins; at equal quality an explicit type beats a wildcard and an earlier entry beats a
/// later one. A missing header, <c>*/*</c> and <c>application/*</c> choose <c>application/json</c>, as
/// the graphql-http audit (47DE, 80D8) expects. <c>text/event-stream</c> and <c>text/html</c> are only
/// chosen when named explicitly. The choice for a single header value is remembered, for the few distinct
/// headers that clients send, so that most requests do not parse theirs again.
/// </summary>
internal static class AcceptNegotiation
{
    private const string Json = "application/json";
    private const string GraphQLResponseJson = "application/graphql-response+json";
    private const string EventStream = "text/event-stream";
    private const string Html = "text/html";

    /// <summary>How many distinct headers are remembered: the clients' few, not each of an attacker's.</summary>
    private const int RememberedHeaders = 256;

    private static readonly ConcurrentDictionary<(string Accept, bool AllowEventStream, bool AllowHtml), ResponseMediaType> _chosen = new();
    private static int _remembered;

    public static ResponseMediaType Choose(StringValues accept, bool allowEventStream, bool allowHtml)
    {
        if (accept.Count != 1 || accept[0] is not { } header)
        {
            return Negotiate(accept, allowEventStream, allowHtml);
        }

        var key = (header, allowEventStream, allowHtml);
        if (_chosen.TryGetValue(key, out var chosen))
        {
            return chosen;
        }

        chosen = Negotiate(accept, allowEventStream, allowHtml);

        // Counted apart, since ConcurrentDictionary.Count takes every lock of the dictionary.
        if (Volatile.Read(ref _remembered) < RememberedHeaders && _chosen.TryAdd(key, chosen))
        {
            Interlocked.Increment(ref _remembered);
        }

        return chosen;
    }

    private static ResponseMediaType Negotiate(StringValues accept, bool allowEventStream, bool allowHtml)
    {
        if (StringValues.IsNullOrEmpty(accept)
            || !MediaTypeHeaderValue.TryParseList(accept, out var ranges)
            || ranges.Count == 0)
        {
            return ResponseMediaType.Json;
        }

        var best = ResponseMediaType.None;
        var bestRank = Rank.Unacceptable;
        Consider(ResponseMediaType.Json, Json, wildcards: true);
        Consider(ResponseMediaType.GraphQLResponseJson, GraphQLResponseJson, wildcards: true);
        if (allowEventStream)
        {
            Consider(ResponseMediaType.EventStream, EventStream, wildcards: false);
        }

        if (allowHtml)
        {
            Consider(ResponseMediaType.Html, Html, wildcards: false);
        }

        return best;

        void Consider(ResponseMediaType candidate, string mediaType, bool wildcards)
        {
            var rank = RankOf(ranges, mediaType, wildcards);
            if (rank.IsBetterThan(bestRank))
            {
                best = candidate;
                bestRank = rank;
            }
        }
    }

    /// <summary>How the most specific range that matches <paramref name="mediaType"/> rates it.</summary>
    private static Rank RankOf(IList<MediaTypeHeaderValue> ranges, string mediaType, bool wildcards)
    {
        var slash = mediaType.IndexOf('/', StringComparison.Ordinal);
        var type = mediaType.AsSpan(0, slash);
        var rank = Rank.Unacceptable;
        var specificity = 0;
        for (var index = 0; index < ranges.Count; index++)
        {
            var range = ranges[index];
            var rangeType = range.Type.AsSpan();
            var rangeSubType = range.SubType.AsSpan();
            int matched;
            if (range.MediaType.Equals(mediaType, StringComparison.OrdinalIgnoreCase))
            {
                matched = 3;
            }
            else if (wildcards && rangeSubType.SequenceEqual("*") && rangeType.Equals(type, StringComparison.OrdinalIgnoreCase))
            {
                matched = 2;
            }
            else if (wildcards && rangeSubType.SequenceEqual("*") && rangeType.SequenceEqual("*"))
            {
                matched = 1;
            }
            else
            {
                continue;
            }

            if (matched > specificity)
            {
                specificity = matched;
                rank = new Rank(range.Quality ?? 1.0, matched, index);
            }
        }

        return rank.Quality > 0 ? rank : Rank.Unacceptable;
    }

    private readonly record struct Rank(double Quality, int Specificity, int Position)
    {
        public static Rank Unacceptable => new(0, 0, int.MaxValue);

        public bool IsBetterThan(Rank other)
        {
            if (Quality <= 0)
            {
                return false;
            }

            if (Quality != other.Quality)
            {
                return Quality > other.Quality;
            }

            return Specificity != other.Specificity ? Specificity > other.Specificity : Position < other.Position;
        }
    }
}

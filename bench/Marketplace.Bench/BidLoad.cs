using System.Diagnostics;
using System.Text.Json;

namespace Marketplace.Bench;

/// <summary>One bid of the load: when it was (meant to be) sent, its job, what the server answered.</summary>
public sealed class Bid
{
    /// <summary>Stopwatch ticks just before sending; for an open-loop run the scheduled time, so a late send counts.</summary>
    public long SentAt { get; set; }

    public int Job { get; set; }

    /// <summary>Actually sent after the warm-up, before the end: counted in the results. (A bid due during the warm-up
    /// but sent later, because the server fell behind, counts, with its latency from when it was due.)</summary>
    public bool Measured { get; set; }

    /// <summary>The created proposal's id; null when the mutation failed.</summary>
    public string? ProposalId { get; set; }

    /// <summary>HTTP round trip of the mutation, in Stopwatch ticks.</summary>
    public long RoundTrip { get; set; }
}

/// <summary>
/// The HTTP side of the load: <c>W</c> workers submitting proposals (<c>submitProposal</c>) by the
/// <see cref="BidPlan"/>, either as fast as the server answers (closed loop) or on a fixed schedule of
/// <c>rate</c> bids per second (open loop: bid k is due at start + k/rate and its latency counts from then, so a
/// slow server cannot hide its queue by slowing the senders down).
/// </summary>
public sealed class BidLoad(GraphQLHttpClient http, Population population, BidPlan plan, BenchOptions options)
{
    public const string SubmitProposalMutation = """
        mutation ($input: SubmitProposalInput!) { submitProposal(input: $input) { proposal { id } errors { code message } } }
        """;

    private readonly Bid?[] _bids = new Bid?[plan.Capacity];
    private long _next;
    private long _failed;
    private string? _lastFailure;

    /// <summary>True when the population ran out of Connects before the time was up (raise --ceiling).</summary>
    public bool Exhausted { get; private set; }

    public long Failed => Interlocked.Read(ref _failed);

    public string? LastFailure => _lastFailure;

    /// <summary>Every bid sent, in order of its number.</summary>
    public IEnumerable<Bid> Bids => _bids.Take((int)Math.Min(Interlocked.Read(ref _next), _bids.Length)).OfType<Bid>();

    /// <summary>Runs the warm-up and the measured period; returns (start of measuring, end of measuring) in Stopwatch ticks.</summary>
    public async Task<(long From, long To)> RunAsync()
    {
        var start = Stopwatch.GetTimestamp();
        var from = start + Ticks(options.Warmup);
        var to = from + Ticks(options.Duration);
        var workers = Enumerable.Range(0, options.Workers).Select(_ => Task.Run(() => WorkAsync(start, from, to))).ToArray();
        await Task.WhenAll(workers);
        return (from, to);
    }

    private async Task WorkAsync(long start, long from, long to)
    {
        while (true)
        {
            var k = Interlocked.Increment(ref _next) - 1;
            if (!plan.TryGet(k, out var freelancer, out var job))
            {
                Exhausted = true;
                return;
            }

            long sentAt;
            if (options.Rate is { } rate)
            {
                sentAt = start + (long)(k * Stopwatch.Frequency / rate);
                if (sentAt >= to || Stopwatch.GetTimestamp() >= to)
                {
                    // The schedule is over, or the server fell so far behind that the time is up: bids still due
                    // are not sent (they show as accepted bids/s below the target rate).
                    return;
                }

                var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), sentAt);
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait);
                }
            }
            else
            {
                sentAt = Stopwatch.GetTimestamp();
                if (sentAt >= to)
                {
                    return;
                }
            }

            var now = Stopwatch.GetTimestamp();
            var bid = new Bid { SentAt = sentAt, Job = job, Measured = now >= from && now < to };
            _bids[k] = bid;
            bid.ProposalId = await SubmitAsync(population.Freelancers[freelancer], population.Jobs[job].Id);
            bid.RoundTrip = Stopwatch.GetTimestamp() - sentAt;
            if (bid.ProposalId is null && bid.Measured)
            {
                Interlocked.Increment(ref _failed);
            }
        }
    }

    private async Task<string?> SubmitAsync(BenchUser freelancer, string jobId)
    {
        try
        {
            using var response = await http.PostAsync(SubmitProposalMutation, new
            {
                input = new
                {
                    jobId,
                    amount = "35.00",
                    coverLetter = "I can start today and deliver within the week; I have done this exact kind of task before.",
                    estimatedDuration = "LESS_THAN_ONE_MONTH",
                },
            }, freelancer.Token);
            var root = response.RootElement;
            if (root.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object
                && data.GetProperty("submitProposal") is { ValueKind: JsonValueKind.Object } payload
                && payload.GetProperty("proposal") is { ValueKind: JsonValueKind.Object } proposal)
            {
                return proposal.GetProperty("id").GetString();
            }

            _lastFailure = root.GetRawText();
            return null;
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or JsonException)
        {
            _lastFailure = exception.Message;
            return null;
        }
    }

    private static long Ticks(TimeSpan span) => (long)(span.TotalSeconds * Stopwatch.Frequency);
}

using System.Globalization;

namespace Marketplace.Bench;

/// <summary>A signed-up user: bearer token and global id.</summary>
public sealed record BenchUser(string Token, string Id);

/// <summary>A posted job and the client who posted it.</summary>
public sealed record BenchJob(string Id, BenchUser Client);

/// <summary>
/// The marketplace the load runs against, made through the api before anything is timed: clients, freelancers
/// (as many as the <see cref="BidPlan"/> needs), and cheap fixed-price jobs ($40: 2 Connects a proposal).
/// </summary>
public sealed class Population(IReadOnlyList<BenchUser> clients, IReadOnlyList<BenchUser> freelancers, IReadOnlyList<BenchJob> jobs)
{
    public const string SignUpMutation = """
        mutation ($input: SignUpInput!) { signUp(input: $input) { token user { id } errors { code message } } }
        """;

    public const string PostJobMutation = """
        mutation ($input: PostJobInput!) { postJob(input: $input) { job { id connectsCost } errors { code message } } }
        """;

    private const int SetupConcurrency = 32;

    public IReadOnlyList<BenchUser> Clients { get; } = clients;

    public IReadOnlyList<BenchUser> Freelancers { get; } = freelancers;

    public IReadOnlyList<BenchJob> Jobs { get; } = jobs;

    public static async Task<Population> CreateAsync(GraphQLHttpClient http, int clients, int freelancers, int jobs)
    {
        var run = Guid.NewGuid().ToString("N")[..8]; // PostgreSQL keeps users between runs: fresh e-mails each time
        var clientUsers = await ParallelAsync(clients, i => SignUpAsync(http, "CLIENT", $"client-{run}-{i}"));
        var freelancerUsers = await ParallelAsync(freelancers, i => SignUpAsync(http, "FREELANCER", $"freelancer-{run}-{i}"));
        var postedJobs = await ParallelAsync(jobs, i => PostJobAsync(http, clientUsers[i % clients], i));
        return new Population(clientUsers, freelancerUsers, postedJobs);
    }

    private static async Task<BenchUser> SignUpAsync(GraphQLHttpClient http, string role, string name)
    {
        var payload = await http.MutateAsync(SignUpMutation, "signUp", new
        {
            input = new { email = $"{name}@bench.example.com", password = "correct horse battery", displayName = name, role },
        }, token: null);
        return new BenchUser(payload.GetProperty("token").GetString()!, payload.GetProperty("user").GetProperty("id").GetString()!);
    }

    private static async Task<BenchJob> PostJobAsync(GraphQLHttpClient http, BenchUser client, int index)
    {
        var payload = await http.MutateAsync(PostJobMutation, "postJob", new
        {
            input = new
            {
                title = string.Create(CultureInfo.InvariantCulture, $"Live bidding benchmark job {index}"),
                description = "A small fixed-price task posted by the load benchmark; freelancers bid on it while its client watches.",
                type = "FIXED",
                budget = "40.00",
                skills = new[] { "GraphQL" },
                experienceLevel = "ENTRY",
                duration = "LESS_THAN_ONE_MONTH",
            },
        }, client.Token);
        var job = payload.GetProperty("job");
        var cost = job.GetProperty("connectsCost").GetInt32();
        if (cost != BidPlan.ConnectsPerCheapJob)
        {
            throw new InvalidOperationException($"a $40 job costs {cost} Connects, the bid plan assumes {BidPlan.ConnectsPerCheapJob}");
        }

        return new BenchJob(job.GetProperty("id").GetString()!, client);
    }

    private static async Task<T[]> ParallelAsync<T>(int count, Func<int, Task<T>> make)
    {
        var results = new T[count];
        await Parallel.ForAsync(0, count, new ParallelOptions { MaxDegreeOfParallelism = SetupConcurrency }, async (i, _) => results[i] = await make(i));
        return results;
    }
}

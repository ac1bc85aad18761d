using System.Collections.Concurrent;
using Actors.GraphQL.DataLoader;
using Actors.GraphQL.Types;

namespace Actors.GraphQL.Tests.Execution;

public sealed class DataLoaderIntegrationTests
{
    private static readonly TimeSpan Hang = TimeSpan.FromSeconds(30);

    private const string Sdl = """
        type Query { jobs: [Job] }
        type Job { id: Int client: Client }
        type Client { id: Int name: String company: Company }
        type Company { name: String }
        """;

    /// <summary>Jobs whose clients come from one loader and the clients' companies from another; <paramref name="awaitBeforeCompany"/> makes the company resolver await before it loads.</summary>
    private static Schema Marketplace(Batches batches, bool awaitBeforeCompany = false)
    {
        var schema = SchemaBuilder.Build(Sdl);
        schema.Resolve("Query.jobs", _ => new[] { new Job(1, 10), new Job(2, 11), new Job(3, 10), new Job(4, 12) });
        schema.ResolveAsync("Job.client", async context =>
            await context.DataLoader(() => new ClientByIdDataLoader(batches)).LoadAsync(((Job)context.Parent!).ClientId, context.CancellationToken));
        schema.ResolveAsync("Client.company", async context =>
        {
            if (awaitBeforeCompany)
            {
                await Task.Yield();
            }

            return await context.DataLoader(() => new CompanyByIdDataLoader(batches)).LoadAsync(((Client)context.Parent!).Id % 2);
        });
        return schema;
    }

    [Fact]
    public async Task Every_level_loads_its_keys_in_one_batch_per_loader()
    {
        var batches = new Batches();

        var json = await Marketplace(batches).RunAsync("{ jobs { id client { name company { name } } } }").WaitAsync(Hang);

        Assert.Equal(
            """{"data":{"jobs":[{"id":1,"client":{"name":"client-10","company":{"name":"company-0"}}},{"id":2,"client":{"name":"client-11","company":{"name":"company-1"}}},{"id":3,"client":{"name":"client-10","company":{"name":"company-0"}}},{"id":4,"client":{"name":"client-12","company":{"name":"company-0"}}}]}}""",
            json);
        Assert.Equal(["Client:10,11,12", "Company:0,1"], batches.Log);
    }

    [Fact]
    public async Task Keys_requested_after_an_await_inside_a_resolver_are_still_dispatched()
    {
        var batches = new Batches();

        var json = await Marketplace(batches, awaitBeforeCompany: true).RunAsync("{ jobs { client { company { name } } } }").WaitAsync(Hang);

        // Keys requested after an await join a batch once their burst settles (best effort on the thread pool), never wait forever.
        Assert.Equal(
            """{"data":{"jobs":[{"client":{"company":{"name":"company-0"}}},{"client":{"company":{"name":"company-1"}}},{"client":{"company":{"name":"company-0"}}},{"client":{"company":{"name":"company-0"}}}]}}""",
            json);
        Assert.Equal("Client:10,11,12", batches.Log[0]);
    }

    [Fact]
    public async Task Fields_of_one_level_under_different_parents_share_a_batch()
    {
        var batches = new Batches();

        await Marketplace(batches).RunAsync("{ a: jobs { client { id } } b: jobs { client { name } } }").WaitAsync(Hang);

        Assert.Equal(["Client:10,11,12"], batches.Log);
    }

    [Fact]
    public async Task Each_request_gets_its_own_loaders_and_cache()
    {
        var batches = new Batches();
        var schema = Marketplace(batches);

        await schema.RunAsync("{ jobs { client { id } } }").WaitAsync(Hang);
        await schema.RunAsync("{ jobs { client { id } } }").WaitAsync(Hang);

        Assert.Equal(["Client:10,11,12", "Client:10,11,12"], batches.Log);
    }

    private sealed record Job(int Id, int ClientId);

    private sealed record Client(int Id, string Name);

    private sealed record Company(string Name);

    private sealed class Batches
    {
        private readonly ConcurrentQueue<string> _log = new();

        public IReadOnlyList<string> Log => [.. _log];

        public void Add(string loader, IReadOnlyList<int> keys) => _log.Enqueue($"{loader}:{string.Join(',', keys.Order())}");
    }

    private sealed class ClientByIdDataLoader(Batches batches) : BatchDataLoader<int, Client>
    {
        protected override async Task<IReadOnlyDictionary<int, Client>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
        {
            batches.Add("Client", keys);
            await Task.Yield();
            return keys.ToDictionary(key => key, key => new Client(key, $"client-{key}"));
        }
    }

    private sealed class CompanyByIdDataLoader(Batches batches) : BatchDataLoader<int, Company>
    {
        protected override Task<IReadOnlyDictionary<int, Company>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
        {
            batches.Add("Company", keys);
            return Task.FromResult<IReadOnlyDictionary<int, Company>>(keys.ToDictionary(key => key, key => new Company($"company-{key}")));
        }
    }
}

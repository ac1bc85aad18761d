using System.Net.Http.Json;
using System.Text.Json;
using Marketplace.Silo.Demo;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Testing.Postgres;

namespace Marketplace.Silo.Tests;

/// <summary>The demo dataset: on by default on memory storage, opt-in on PostgreSQL, and seeding twice adds nothing.</summary>
public sealed class DemoSeedTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    private const string OpenJobs = "{ jobs(first: 20) { edges { node { title bidStats { count } } } } }";

    [Fact]
    public async Task On_the_embedded_defaults_the_first_query_finds_the_demo_jobs_and_a_demo_user_signs_in()
    {
        await using var app = SiloHost.Build(["--urls=http://127.0.0.1:0"]);
        await app.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri(Address(app)) };

        var titles = await WaitForJobTitlesAsync(http, DemoData.Jobs.Count);
        var signIn = await PostAsync(http, $$"""mutation { signIn(input: { email: "{{DemoData.Clients[0].Email}}", password: "{{DemoData.Password}}" }) { token errors { code } } }""");

        Assert.Equal(DemoData.Jobs.Select(j => j.Draft.Title).Order(), titles.Order());
        Assert.Equal(JsonValueKind.String, signIn.GetProperty("data").GetProperty("signIn").GetProperty("token").ValueKind);
        await app.StopAsync();
    }

    [Fact]
    public async Task On_postgres_seeding_is_asked_for_and_a_second_seeding_keeps_one_of_everything()
    {
        var connectionString = await database.CreateAnotherAsync();
        string[] args = ["--urls=http://127.0.0.1:0", "--Storage:Provider=Postgres", $"--ConnectionStrings:Postgres={connectionString}", "--seed-demo"];
        for (var start = 0; start < 2; start++)
        {
            await using var app = SiloHost.Build(SiloCommandLine.Parse(args).ConfigurationArgs);
            await app.StartAsync();
            using var http = new HttpClient { BaseAddress = new Uri(Address(app)) };

            var titles = await WaitForJobTitlesAsync(http, DemoData.Jobs.Count);
            var bids = await PostAsync(http, OpenJobs);

            Assert.Equal(DemoData.Jobs.Count, titles.Count);
            Assert.Equal(DemoData.Proposals.Count, bids.GetProperty("data").GetProperty("jobs").GetProperty("edges").EnumerateArray()
                .Sum(edge => edge.GetProperty("node").GetProperty("bidStats").GetProperty("count").GetInt32()));
            await app.StopAsync();
        }
    }

    private static async Task<List<string>> WaitForJobTitlesAsync(HttpClient http, int count)
    {
        for (var attempt = 0; ; attempt++)
        {
            var titles = (await PostAsync(http, OpenJobs)).GetProperty("data").GetProperty("jobs").GetProperty("edges").EnumerateArray()
                .Select(edge => edge.GetProperty("node").GetProperty("title").GetString()!).ToList();
            if (titles.Count >= count || attempt == 200)
            {
                return titles;
            }

            await Task.Delay(50); // the job board is an index that converges on the jobs' events
        }
    }

    private static async Task<JsonElement> PostAsync(HttpClient http, string query)
    {
        using var response = await http.PostAsJsonAsync("/graphql", new { query });
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).Clone();
    }

    private static string Address(WebApplication app) =>
        app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
}

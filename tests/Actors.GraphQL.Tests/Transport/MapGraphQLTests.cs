using Actors.GraphQL.Execution;
using Actors.GraphQL.Transport;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Actors.GraphQL.Tests.Transport;

/// <summary><c>MapGraphQL</c> refuses to start without what it needs, saying what is missing.</summary>
public sealed class MapGraphQLTests
{
    [Fact]
    public async Task Mapping_without_AddGraphQLServer_names_the_missing_call()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Services.AddSingleton<IRequestExecutor, StandInExecutor>();
        await using var app = builder.Build();

        var exception = Assert.Throws<InvalidOperationException>(() => app.MapGraphQL());

        Assert.Contains("AddGraphQLServer", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mapping_without_an_executor_names_the_missing_service()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Services.AddGraphQLServer();
        await using var app = builder.Build();

        var exception = Assert.Throws<InvalidOperationException>(() => app.MapGraphQL());

        Assert.Contains(nameof(IRequestExecutor), exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mapping_with_an_impossible_option_names_the_option()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Services.AddSingleton<IRequestExecutor, StandInExecutor>();
        builder.Services.AddGraphQLServer(options => options.MaxSubscriptionsPerSocket = 0);
        await using var app = builder.Build();

        var exception = Assert.Throws<InvalidOperationException>(() => app.MapGraphQL());

        Assert.Contains("MaxSubscriptionsPerSocket", exception.Message, StringComparison.Ordinal);
    }
}

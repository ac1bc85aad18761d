using Testing;

namespace Marketplace.Api.Tests;

public sealed class LayeringTests
{
    [Fact]
    public void The_api_references_the_grain_interfaces_and_the_GraphQL_engine_only() =>
        DependencyDirection.AssertProjectReferences("api/Marketplace.Api.csproj",
            "grain-interfaces/Marketplace.GrainInterfaces.csproj",
            "graphql/Actors.GraphQL.csproj");
}

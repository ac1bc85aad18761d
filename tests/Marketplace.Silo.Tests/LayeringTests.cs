using Testing;

namespace Marketplace.Silo.Tests;

public sealed class LayeringTests
{
    [Fact]
    public void The_silo_hosts_every_layer() =>
        DependencyDirection.AssertProjectReferences("silo/Marketplace.Silo.csproj",
            "api/Marketplace.Api.csproj",
            "grain-interfaces/Marketplace.GrainInterfaces.csproj",
            "grains/Marketplace.Grains.csproj",
            "graphql/Actors.GraphQL.csproj",
            "runtime/Actors.Runtime.csproj");
}

using Testing;

namespace Marketplace.Cluster.Tests;

public sealed class LayeringTests
{
    [Fact]
    public void The_cluster_tests_run_the_silo_and_the_gateway_programs_and_start_their_own_postgresql() =>
        DependencyDirection.AssertProjectReferences(
            "tests/Marketplace.Cluster.Tests/Marketplace.Cluster.Tests.csproj",
            "api/Marketplace.Api.csproj", "silo/Marketplace.Silo.csproj", "tests/Testing.Postgres/Testing.Postgres.csproj");
}

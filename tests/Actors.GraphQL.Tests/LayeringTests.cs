using Testing;

namespace Actors.GraphQL.Tests;

public sealed class LayeringTests
{
    [Fact]
    public void The_GraphQL_engine_references_nothing_of_ours() =>
        DependencyDirection.AssertProjectReferences("graphql/Actors.GraphQL.csproj");
}

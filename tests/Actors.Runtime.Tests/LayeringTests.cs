using Testing;

namespace Actors.Runtime.Tests;

public sealed class LayeringTests
{
    [Fact]
    public void The_runtime_references_nothing_of_ours() =>
        DependencyDirection.AssertProjectReferences("runtime/Actors.Runtime.csproj");
}

using Testing;

namespace Marketplace.Grains.Tests;

public sealed class LayeringTests
{
    [Fact]
    public void Grains_reference_only_the_grain_interfaces() =>
        DependencyDirection.AssertProjectReferences("grains/Marketplace.Grains.csproj",
            "grain-interfaces/Marketplace.GrainInterfaces.csproj", "runtime.codegen/Actors.Runtime.CodeGen.csproj");

    [Fact]
    public void Grain_interfaces_reference_only_the_runtime() =>
        DependencyDirection.AssertProjectReferences("grain-interfaces/Marketplace.GrainInterfaces.csproj",
            "runtime.codegen/Actors.Runtime.CodeGen.csproj", "runtime/Actors.Runtime.csproj");
}

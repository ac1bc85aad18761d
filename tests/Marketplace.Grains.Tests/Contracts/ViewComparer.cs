using System.Text.Json;
using Marketplace.Contracts;

namespace Marketplace.Grains.Tests.Contracts;

/// <summary>Compares contract views by value, lists included (records compare lists by reference).</summary>
public sealed class ViewComparer : IEqualityComparer<ContractView>
{
    public static ViewComparer Instance { get; } = new();

    public bool Equals(ContractView? x, ContractView? y) => JsonSerializer.Serialize(x) == JsonSerializer.Serialize(y);

    public int GetHashCode(ContractView obj) => JsonSerializer.Serialize(obj).GetHashCode(StringComparison.Ordinal);
}

// Two versions of the same contracts, as an old and a new build of the code would declare them.
// The types share ids, not names: the reader of one version reads the other's payloads.
namespace Actors.Runtime.Tests.Serialization.V1
{
    [GenerateSerializer]
    public sealed record Profile([Id(0)] string Name, [Id(1)] int Age);

    [GenerateSerializer]
    public sealed class Settings
    {
        [Id(0)]
        public string Theme { get; set; } = "light";

        [Id(1)]
        public int Count { get; set; }
    }

    [GenerateSerializer]
    public class Party
    {
        [Id(0)]
        public string Name { get; set; } = string.Empty;
    }

    [GenerateSerializer]
    public sealed class Client : Party
    {
        [Id(0)]
        public int Jobs { get; set; }
    }

    [GenerateSerializer]
    public sealed record Envelope([Id(0)] Profile Owner, [Id(1)] List<Profile> Members, [Id(9)] string Trailer);
}

namespace Actors.Runtime.Tests.Serialization.V2
{
    [GenerateSerializer]
    public sealed record Address([Id(0)] string City, [Id(1)] List<string> Lines);

    [GenerateSerializer]
    public sealed record Profile(
        [Id(0)] string Name,
        [Id(1)] int Age,
        [Id(2)] Address Home,
        [Id(3)] List<Address> Previous,
        [Id(4)] IMarketEvent? LastEvent,
        [Id(5)] double Score,
        [Id(6)] string Nickname = "none");

    [GenerateSerializer]
    public sealed class Settings
    {
        [Id(0)]
        public string Theme { get; set; } = "light";

        [Id(1)]
        public long Count { get; set; }

        [Id(2)]
        public List<string> Tags { get; set; } = ["default"];
    }

    [GenerateSerializer]
    public class Party
    {
        [Id(0)]
        public string Name { get; set; } = string.Empty;

        [Id(1)]
        public Address? Address { get; set; }
    }

    [GenerateSerializer]
    public sealed class Client : Party
    {
        [Id(0)]
        public int Jobs { get; set; }

        [Id(1)]
        public Dictionary<string, Address> Offices { get; set; } = [];
    }

    [GenerateSerializer]
    public sealed record Envelope([Id(0)] Profile Owner, [Id(1)] List<Profile> Members, [Id(9)] string Trailer);
}

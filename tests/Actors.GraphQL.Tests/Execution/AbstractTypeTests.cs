using Actors.GraphQL.Execution;
using Actors.GraphQL.Types;

namespace Actors.GraphQL.Tests.Execution;

public sealed class AbstractTypeTests
{
    private const string Sdl = """
        type Query { contracts: [Contract] parties: [Party] one: Contract }
        interface Contract { id: ID! }
        type FixedPriceContract implements Contract { id: ID! amount: Int }
        type HourlyContract implements Contract { id: ID! rate: Int }
        type Freelancer { name: String }
        type Client { company: String }
        union Party = Freelancer | Client
        """;

    private const string ContractsQuery = """
        {
          contracts {
            __typename
            id
            ... on FixedPriceContract { amount }
            ... on HourlyContract { rate }
          }
        }
        """;

    [Fact]
    public async Task An_interface_uses_its_resolve_type_when_set()
    {
        var schema = SchemaBuilder.Build(Sdl);
        ((InterfaceType)schema.GetType("Contract")!).ResolveType =
            value => (ObjectType)schema.GetType(((Dictionary<string, object?>)value)["kind"] as string ?? "")!;
        schema.Resolve("Query.contracts", _ => new[]
        {
            new Dictionary<string, object?> { ["kind"] = "HourlyContract", ["id"] = "c1", ["rate"] = 40 },
            new Dictionary<string, object?> { ["kind"] = "FixedPriceContract", ["id"] = "c2", ["amount"] = 500 },
        });

        var json = await schema.RunAsync(ContractsQuery);

        Assert.Equal(
            """{"data":{"contracts":[{"__typename":"HourlyContract","id":"c1","rate":40},{"__typename":"FixedPriceContract","id":"c2","amount":500}]}}""",
            json);
    }

    [Fact]
    public async Task Without_resolve_type_the_value_names_its_type_or_its_clr_type_name_does()
    {
        var schema = SchemaBuilder.Build(Sdl)
            .Resolve("Query.contracts", _ => new object[] { new FixedPriceContract("c1", 500), new Typed("HourlyContract", "c2", 40) })
            .Resolve("Query.parties", _ => new object[] { new Client("Acme"), new Freelancer("Ada") });

        var json = await schema.RunAsync(ContractsQuery);
        var parties = await schema.RunAsync("{ parties { __typename ... on Freelancer { name } ... on Client { company } } }");

        Assert.Equal(
            """{"data":{"contracts":[{"__typename":"FixedPriceContract","id":"c1","amount":500},{"__typename":"HourlyContract","id":"c2","rate":40}]}}""",
            json);
        Assert.Equal("""{"data":{"parties":[{"__typename":"Client","company":"Acme"},{"__typename":"Freelancer","name":"Ada"}]}}""", parties);
    }

    [Fact]
    public async Task A_value_of_no_object_type_is_a_field_error()
    {
        var schema = SchemaBuilder.Build(Sdl).Resolve("Query.one", _ => new Unknown());

        var json = await schema.RunAsync("{ one { id } }");

        Assert.Equal(
            """{"errors":[{"message":"Abstract type \"Contract\" must resolve to an Object type at runtime for field \"Query.one\": no object type is named \"Unknown\". Set ResolveType on \"Contract\", or return values that implement IGraphQLTyped.","locations":[{"line":1,"column":3}],"path":["one"],"extensions":{"code":"INVALID_FIELD_RESULT"}}],"data":{"one":null}}""",
            json);
    }

    [Fact]
    public async Task A_value_of_an_object_type_outside_the_abstract_type_is_a_field_error()
    {
        var schema = SchemaBuilder.Build(Sdl).Resolve("Query.one", _ => new Freelancer("Ada"));

        var json = await schema.RunAsync("{ one { id } }");

        Assert.Equal(
            """{"errors":[{"message":"Runtime Object type \"Freelancer\" is not a possible type for \"Contract\".","locations":[{"line":1,"column":3}],"path":["one"],"extensions":{"code":"INVALID_FIELD_RESULT"}}],"data":{"one":null}}""",
            json);
    }

    private sealed record FixedPriceContract(string Id, int Amount);

    private sealed record Freelancer(string Name);

    private sealed record Client(string Company);

    private sealed record Unknown;

    private sealed record Typed(string GraphQLTypeName, string Id, int Rate) : IGraphQLTyped;
}

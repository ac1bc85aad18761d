using System.Text.Json;
using Actors.GraphQL.Execution;
using Actors.GraphQL.Language;
using Actors.GraphQL.Protection;
using Actors.GraphQL.Types;

namespace Actors.GraphQL.Tests.Protection;

public sealed class RequestProtectionTests
{
    private static readonly Schema s_schema = SchemaBuilder.Build("""
        directive @cost(weight: String!) on FIELD_DEFINITION | ARGUMENT_DEFINITION
        directive @listSize(assumedSize: Int, slicingArguments: [String!], sizedFields: [String!]) on FIELD_DEFINITION

        type Query {
          jobs(first: Int, after: String): JobConnection! @listSize(slicingArguments: ["first"], sizedFields: ["nodes"])
          skills: [String!]!
          search(text: String @cost(weight: "5")): [Job!]! @cost(weight: "10") @listSize(assumedSize: 20)
          job(id: ID!): Job
        }

        type JobConnection { nodes: [Job!]! totalCount: Int! }
        type Job { id: ID! title: String! client: Client! }
        type Client { id: ID! name: String! }
        """);

    [Theory]
    [InlineData("{ skills }", 1)]
    [InlineData("{ job(id: 1) { client { name } } }", 3)]
    [InlineData("{ ...F } fragment F on Query { job(id: 1) { ... on Job { client { id } } } }", 3)]
    public void Depth_counts_field_nesting_through_fragments(string query, int depth)
    {
        var document = Parser.Parse(query);

        Assert.Equal(depth, OperationDepth.Measure(document, document.Definitions.OfType<OperationDefinitionNode>().Single()));
    }

    [Fact]
    public void A_slicing_argument_multiplies_the_sized_fields_below_a_connection()
    {
        // jobs: 1 + 20 x (nodes' job 1 + client 1) = 41 field cost; 1 connection + 20 x (job + client) = 41 objects.
        var cost = Measure("{ jobs(first: 20) { nodes { id client { name } } totalCount } }");

        Assert.Equal((41d, 41d), cost);
    }

    [Fact]
    public void A_variable_slicing_argument_is_read_from_the_variables()
    {
        var cost = Measure("query($n: Int) { jobs(first: $n) { nodes { id } } }", """{ "n": 100 }""");

        Assert.Equal((101d, 101d), cost);
    }

    [Fact]
    public void Cost_weights_on_fields_and_arguments_and_assumed_list_sizes_apply()
    {
        // search: weight 10 + argument weight 5, x assumed 20 lists of (client: 1) = 20 x (15 + 1) = 320.
        var cost = Measure("""{ search(text: "x") { title client { name } } }""");

        Assert.Equal((320d, 40d), cost);
    }

    [Fact]
    public void A_too_deep_operation_is_refused_with_its_code_and_location()
    {
        var protection = new RequestProtection(new ProtectionOptions { MaxDepth = 2 });
        var document = Parser.Parse("{ job(id: 1) { client { name } } }");

        var error = protection.Check(s_schema, document, document.Definitions.OfType<OperationDefinitionNode>().Single(), null);

        Assert.NotNull(error);
        Assert.Equal(ProtectionErrorCodes.MaxDepthExceeded, error.Code);
        Assert.Equal("The operation nests fields 3 levels deep; the maximum is 2.", error.Message);
    }

    [Fact]
    public void A_too_costly_operation_is_refused()
    {
        var protection = new RequestProtection(new ProtectionOptions { Cost = new CostOptions { MaxFieldCost = 100 } });
        var document = Parser.Parse("{ jobs(first: 500) { nodes { id } } }");

        var error = protection.Check(s_schema, document, document.Definitions.OfType<OperationDefinitionNode>().Single(), null);

        Assert.Equal(ProtectionErrorCodes.MaxCostExceeded, error?.Code);
        Assert.Equal("The operation's field cost is 501; the maximum is 100.", error?.Message);
    }

    [Fact]
    public void Introspection_can_be_switched_off_while_typename_stays_allowed()
    {
        var protection = new RequestProtection(new ProtectionOptions { AllowIntrospection = false });
        var introspection = Parser.Parse("{ ...F } fragment F on Query { __schema { types { name } } }");
        var typename = Parser.Parse("{ __typename skills }");

        var refused = protection.Check(s_schema, introspection, introspection.Definitions.OfType<OperationDefinitionNode>().Single(), null);
        var allowed = protection.Check(s_schema, typename, typename.Definitions.OfType<OperationDefinitionNode>().Single(), null);

        Assert.Equal(ProtectionErrorCodes.IntrospectionDisabled, refused?.Code);
        Assert.Null(allowed);
    }

    [Fact]
    public async Task Persisted_operations_run_by_document_id_or_by_the_apollo_hash()
    {
        var store = new PersistedOperationStore();
        var id = store.Add("{ skills }");
        var executor = Executor(new ProtectionOptions(), store);

        var byId = await executor.ExecuteAsync(new GraphQLRequest(null, DocumentId: id), new RequestOptions(), CancellationToken.None);
        var byHash = await executor.ExecuteAsync(new GraphQLRequest(null, Extensions: Json($$"""{ "persistedQuery": { "version": 1, "sha256Hash": "{{id}}" } }""")), new RequestOptions(), CancellationToken.None);
        var unknown = await executor.ExecuteAsync(new GraphQLRequest(null, DocumentId: "abc"), new RequestOptions(), CancellationToken.None);

        Assert.Equal("""{"data":{"skills":["csharp"]}}""", Text(byId));
        Assert.Equal("""{"data":{"skills":["csharp"]}}""", Text(byHash));
        Assert.Equal(RequestFailure.InvalidRequest, unknown.Failure);
    }

    [Fact]
    public async Task In_allowlist_mode_a_document_sent_as_text_is_refused_before_it_runs()
    {
        var store = new PersistedOperationStore();
        var id = store.Add("{ skills }");
        var executor = Executor(new ProtectionOptions { OnlyPersistedOperations = true }, store);

        var adHoc = await executor.ExecuteAsync(new GraphQLRequest("{ skills }"), new RequestOptions(), CancellationToken.None);
        var trusted = await executor.ExecuteAsync(new GraphQLRequest(null, DocumentId: id), new RequestOptions(), CancellationToken.None);

        Assert.Equal(RequestFailure.LimitExceeded, adHoc.Failure);
        Assert.Equal(ProtectionErrorCodes.PersistedOperationsOnly, adHoc.Result!.Errors![0].Code);
        Assert.Equal(RequestFailure.None, trusted.Failure);
    }

    [Fact]
    public async Task The_executor_refuses_an_operation_over_a_limit_with_no_data()
    {
        var executor = Executor(new ProtectionOptions { MaxDepth = 2 }, null);

        var response = await executor.ExecuteAsync(new GraphQLRequest("{ job(id: 1) { client { name } } }"), new RequestOptions(), CancellationToken.None);

        Assert.Equal(RequestFailure.LimitExceeded, response.Failure);
        Assert.False(response.Result!.HasData);
        Assert.Equal(ProtectionErrorCodes.MaxDepthExceeded, response.Result.Errors![0].Code);
    }

    private static RequestExecutor Executor(ProtectionOptions protection, PersistedOperationStore? store)
    {
        var schema = SchemaBuilder.Build("type Query { skills: [String!]! job(id: ID!): Job } type Job { id: ID! client: Client! } type Client { name: String! }");
        ((ObjectType)schema.GetType("Query")!).Field("skills")!.Resolver = _ => ValueTask.FromResult<object?>(new[] { "csharp" });
        return new RequestExecutor(schema, new RequestExecutorOptions { RequestRules = [new RequestProtection(protection)], PersistedDocuments = store });
    }

    private static string Text(ExecutionResponse response) => System.Text.Encoding.UTF8.GetString(ExecutionResultWriter.ToUtf8Bytes(response.Result!));

    private static (double, double) Measure(string query, string? variables = null)
    {
        var document = Parser.Parse(query);
        var values = variables is null ? null : JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(variables)!
            .ToDictionary(pair => pair.Key, pair => (object?)pair.Value.GetInt32());
        return OperationCost.Measure(s_schema, document, document.Definitions.OfType<OperationDefinitionNode>().Single(), values, new CostOptions());
    }

    private static JsonElement Json(string json) => JsonDocument.Parse(json).RootElement;
}

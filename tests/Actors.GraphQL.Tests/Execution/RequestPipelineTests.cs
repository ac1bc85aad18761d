using Actors.GraphQL.Execution;
using Actors.GraphQL.Language;
using Actors.GraphQL.Types;
using Actors.GraphQL.Validation;

namespace Actors.GraphQL.Tests.Execution;

public sealed class RequestPipelineTests
{
    private const string Sdl = """
        type Query { job(limit: Int): String other: String }
        type Mutation { postJob: String }
        type Subscription { bids: String }
        """;

    private static Schema Marketplace() => SchemaBuilder.Build(Sdl)
        .Resolve("Query.job", _ => "j1")
        .Resolve("Query.other", _ => "o1")
        .Resolve("Mutation.postJob", _ => "posted");

    private static async Task<string> Refused(Schema schema, RequestFailure failure, string query, string? operationName = null, RequestOptions? request = null, RequestExecutorOptions? options = null)
    {
        var response = await schema.ExecuteAsync(query, operationName: operationName, request: request, options: options);
        Assert.Equal(failure, response.Failure);
        Assert.False(response.Result!.HasData);
        return ExecutionHarness.Json(response.Result);
    }

    [Fact]
    public async Task A_syntax_error_is_an_invalid_request_with_the_parsers_location_and_code()
    {
        var json = await Refused(Marketplace(), RequestFailure.InvalidRequest, "{ job(");

        Assert.Equal(
            """{"errors":[{"message":"Syntax Error: Expected Name, found <EOF>.","locations":[{"line":1,"column":7}],"extensions":{"code":"GRAPHQL_PARSE_FAILED"}}]}""",
            json);
    }

    [Fact]
    public async Task A_parser_limit_is_reported_with_its_own_code()
    {
        var options = new RequestExecutorOptions { Parser = new ParserOptions { MaxTokens = 3 } };

        var json = await Refused(Marketplace(), RequestFailure.InvalidRequest, "{ job other }", options: options);

        Assert.Contains("\"code\":\"TOO_MANY_TOKENS\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validation_errors_are_an_invalid_request()
    {
        var json = await Refused(Marketplace(), RequestFailure.InvalidRequest, "{ job } { other }");

        Assert.Equal(
            """{"errors":[{"message":"This anonymous operation must be the only defined operation.","locations":[{"line":1,"column":1}],"extensions":{"code":"GRAPHQL_VALIDATION_FAILED"}},{"message":"This anonymous operation must be the only defined operation.","locations":[{"line":1,"column":9}],"extensions":{"code":"GRAPHQL_VALIDATION_FAILED"}}]}""",
            json);
    }

    [Fact]
    public async Task The_operation_is_selected_by_name()
    {
        const string Document = "query A { job } query B { other }";

        Assert.Equal("""{"data":{"other":"o1"}}""", await Marketplace().RunAsync(Document, operationName: "B"));
        Assert.Equal(
            """{"errors":[{"message":"Must provide operation name if query contains multiple operations.","extensions":{"code":"OPERATION_RESOLUTION_FAILURE"}}]}""",
            await Refused(Marketplace(), RequestFailure.InvalidRequest, Document));
        Assert.Equal(
            """{"errors":[{"message":"Unknown operation named \"C\".","extensions":{"code":"OPERATION_RESOLUTION_FAILURE"}}]}""",
            await Refused(Marketplace(), RequestFailure.InvalidRequest, Document, "C"));
    }

    [Fact]
    public async Task A_request_without_a_document_is_invalid()
    {
        var response = await new RequestExecutor(Marketplace()).ExecuteAsync(new GraphQLRequest(null), new RequestOptions(), CancellationToken.None);

        Assert.Equal(RequestFailure.InvalidRequest, response.Failure);
        Assert.Equal(
            """{"errors":[{"message":"The request has no document: send \"query\", or the \"documentId\" of a persisted document.","extensions":{"code":"MISSING_DOCUMENT"}}]}""",
            ExecutionHarness.Json(response.Result!));
    }

    [Fact]
    public async Task A_mutation_is_refused_when_the_request_does_not_allow_mutations()
    {
        var getRequest = new RequestOptions { AllowMutations = false };

        var json = await Refused(Marketplace(), RequestFailure.OperationNotAllowed, "mutation Post { postJob }", request: getRequest);

        Assert.Equal(
            """{"errors":[{"message":"Mutations cannot be executed by this request; send them with HTTP POST.","locations":[{"line":1,"column":1}],"extensions":{"code":"OPERATION_NOT_ALLOWED"}}]}""",
            json);
        Assert.Equal("""{"data":{"job":"j1"}}""", await Marketplace().RunAsync("{ job }", request: getRequest));
        Assert.Equal("""{"data":{"postJob":"posted"}}""", await Marketplace().RunAsync("mutation { postJob }"));
    }

    [Fact]
    public async Task A_subscription_is_refused_when_the_request_does_not_allow_subscriptions()
    {
        var json = await Refused(Marketplace(), RequestFailure.OperationNotAllowed, "subscription { bids }", request: new RequestOptions());

        Assert.Equal(
            """{"errors":[{"message":"Subscriptions cannot be executed by this request; use a WebSocket (graphql-transport-ws) or Server-Sent Events.","locations":[{"line":1,"column":1}],"extensions":{"code":"OPERATION_NOT_ALLOWED"}}]}""",
            json);
    }

    [Fact]
    public async Task An_operation_whose_root_type_the_schema_lacks_is_invalid()
    {
        var schema = SchemaBuilder.Build("type Query { job: String }");

        var json = await Refused(schema, RequestFailure.InvalidRequest, "mutation { job }", options: ExecutionHarness.WithoutValidation);

        Assert.Equal(
            """{"errors":[{"message":"Schema is not configured to execute mutation operation.","locations":[{"line":1,"column":1}],"extensions":{"code":"OPERATION_RESOLUTION_FAILURE"}}]}""",
            json);
    }

    [Fact]
    public async Task Request_rules_run_in_order_after_variable_coercion_and_the_first_refusal_wins()
    {
        var seen = new List<string>();
        var options = new RequestExecutorOptions
        {
            RequestRules =
            [
                new Rule(context =>
                {
                    seen.Add($"first {context.Operation.Name?.Value} limit={context.Variables["limit"]}");
                    return null;
                }),
                new Rule(_ =>
                {
                    seen.Add("second");
                    return RequestRefusal.Of(RequestFailure.LimitExceeded, "The operation costs too much.", "COST_LIMIT_EXCEEDED");
                }),
                new Rule(_ =>
                {
                    seen.Add("third");
                    return null;
                }),
            ],
        };

        var response = await Marketplace().ExecuteAsync("query Jobs($limit: Int = 10) { job(limit: $limit) }", options: options);

        Assert.Equal(RequestFailure.LimitExceeded, response.Failure);
        Assert.Equal(
            """{"errors":[{"message":"The operation costs too much.","extensions":{"code":"COST_LIMIT_EXCEEDED"}}]}""",
            ExecutionHarness.Json(response.Result!));
        Assert.Equal(["first Jobs limit=10", "second"], seen);
    }

    [Fact]
    public async Task A_request_rule_can_add_response_extensions()
    {
        var options = new RequestExecutorOptions
        {
            RequestRules = [new Rule(context =>
            {
                context.ResponseExtensions["cost"] = 3;
                return null;
            })],
        };

        var json = await Marketplace().RunAsync("{ job }", options: options);

        Assert.Equal("""{"data":{"job":"j1"},"extensions":{"cost":3}}""", json);
    }

    [Fact]
    public async Task Persisted_documents_are_looked_up_by_id()
    {
        var options = new RequestExecutorOptions { PersistedDocuments = new Documents(new() { ["abc"] = "{ other }" }) };
        var executor = new RequestExecutor(Marketplace(), options);
        var plain = new RequestExecutor(Marketplace());

        var found = await executor.ExecuteAsync(new GraphQLRequest(null, DocumentId: "abc"), new RequestOptions(), CancellationToken.None);
        var missing = await executor.ExecuteAsync(new GraphQLRequest(null, DocumentId: "zzz"), new RequestOptions(), CancellationToken.None);
        var disabled = await plain.ExecuteAsync(new GraphQLRequest(null, DocumentId: "abc"), new RequestOptions(), CancellationToken.None);

        Assert.Equal("""{"data":{"other":"o1"}}""", ExecutionHarness.Json(found.Result!));
        Assert.Equal(
            """{"errors":[{"message":"No persisted document has the id \"zzz\".","extensions":{"code":"MISSING_DOCUMENT"}}]}""",
            ExecutionHarness.Json(missing.Result!));
        Assert.Equal(RequestFailure.InvalidRequest, disabled.Failure);
        Assert.Equal(
            """{"errors":[{"message":"Persisted documents are not enabled on this server: send the document as \"query\".","extensions":{"code":"MISSING_DOCUMENT"}}]}""",
            ExecutionHarness.Json(disabled.Result!));
    }

    [Fact]
    public async Task A_valid_document_is_parsed_and_validated_once()
    {
        var counting = new CountingRule();
        var executor = new RequestExecutor(Marketplace(), new RequestExecutorOptions { ValidationRules = [counting] });

        for (var i = 0; i < 3; i++)
        {
            var response = await executor.ExecuteAsync(new GraphQLRequest("{ job }"), new RequestOptions(), CancellationToken.None);
            Assert.Equal("""{"data":{"job":"j1"}}""", ExecutionHarness.Json(response.Result!));
        }

        Assert.Equal(1, counting.Validations);
    }

    [Fact]
    public async Task A_cancelled_request_throws()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Marketplace().ExecuteAsync("{ job }", cancellationToken: cancelled.Token));
    }

    private sealed class Rule(Func<RequestRuleContext, RequestRefusal?> check) : IRequestRule
    {
        public ValueTask<RequestRefusal?> CheckAsync(RequestRuleContext context, CancellationToken cancellationToken) => ValueTask.FromResult(check(context));
    }

    private sealed class Documents(Dictionary<string, string> documents) : IPersistedDocumentStore
    {
        public ValueTask<string?> GetDocumentAsync(string documentId, CancellationToken cancellationToken) =>
            ValueTask.FromResult(documents.GetValueOrDefault(documentId));
    }

    private sealed class CountingRule : IValidationRule
    {
        public int Validations { get; private set; }

        public ValidationVisitor CreateVisitor(ValidationContext context)
        {
            Validations++;
            return new Nothing();
        }

        private sealed class Nothing : ValidationVisitor;
    }
}

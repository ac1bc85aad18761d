using System.Net;
using static Actors.GraphQL.Tests.Transport.HttpMessages;

namespace Actors.GraphQL.Tests.Transport;

/// <summary>
/// The status code rules of GraphQL over HTTP: with <c>application/graphql-response+json</c> a response
/// without <c>data</c> is 4xx; with <c>application/json</c> every well-formed request answers 200; data
/// (even with field errors) is always 200; refused operations, permissions, rate limits and crashes have
/// their own codes.
/// </summary>
public sealed class HttpStatusCodeTests(GraphQLServerFixture fixture) : IClassFixture<GraphQLServerFixture>
{
    private readonly GraphQLTestServer _server = fixture.Server;

    [Fact]
    public async Task A_query_answers_200_with_its_data()
    {
        using var response = await _server.Http.SendAsync(PostQuery("{ hello }", GraphQLResponseJson));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await ReadJsonAsync(response);
        Assert.Equal("world", body.GetProperty("data").GetProperty("hello").GetString());
        Assert.False(body.TryGetProperty("errors", out _));
    }

    [Theory]
    [InlineData(GraphQLResponseJson)]
    [InlineData(Json)]
    public async Task Field_errors_with_data_still_answer_200(string accept)
    {
        using var response = await _server.Http.SendAsync(PostQuery("{ partial }", accept));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await ReadJsonAsync(response);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, body.GetProperty("data").GetProperty("partial").ValueKind);
        Assert.Equal("FIELD_FAILED", FirstErrorCode(body));
    }

    [Theory]
    [InlineData("{", "GRAPHQL_PARSE_FAILED")]
    [InlineData("{ unknownField }", "GRAPHQL_VALIDATION_FAILED")]
    [InlineData("query Q($id: ID!) { __typename }", "BAD_USER_INPUT")]
    public async Task A_request_error_answers_400_without_data_in_graphql_response_json(string query, string code)
    {
        using var response = await _server.Http.SendAsync(PostQuery(query, GraphQLResponseJson));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        AssertContentType(response, GraphQLResponseJson);
        var body = await ReadJsonAsync(response);
        Assert.False(body.TryGetProperty("data", out _));
        Assert.Equal(code, FirstErrorCode(body));
    }

    [Theory]
    [InlineData("{")]
    [InlineData("{ unknownField }")]
    [InlineData("query Q($id: ID!) { __typename }")]
    public async Task A_request_error_answers_200_in_application_json(string query)
    {
        using var response = await _server.Http.SendAsync(PostQuery(query, Json));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertContentType(response, Json);
        var body = await ReadJsonAsync(response);
        Assert.False(body.TryGetProperty("data", out _));
        Assert.True(body.GetProperty("errors").GetArrayLength() > 0);
    }

    [Theory]
    [InlineData(GraphQLResponseJson, HttpStatusCode.BadRequest)]
    [InlineData(Json, HttpStatusCode.OK)]
    public async Task A_protection_limit_answers_like_a_request_error(string accept, HttpStatusCode expected)
    {
        using var response = await _server.Http.SendAsync(PostQuery("{ expensive }", accept));

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("COST_LIMIT_EXCEEDED", FirstErrorCode(await ReadJsonAsync(response)));
    }

    [Theory]
    [InlineData(GraphQLResponseJson)]
    [InlineData(Json)]
    public async Task A_rate_limit_answers_429(string accept)
    {
        using var response = await _server.Http.SendAsync(PostQuery("{ throttled }", accept));

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal("RATE_LIMITED", FirstErrorCode(await ReadJsonAsync(response)));
    }

    [Fact]
    public async Task A_request_the_anonymous_caller_may_not_make_answers_401()
    {
        using var response = await _server.Http.SendAsync(PostQuery("{ secret }", GraphQLResponseJson));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("UNAUTHORIZED", FirstErrorCode(await ReadJsonAsync(response)));
    }

    [Fact]
    public async Task A_request_a_signed_in_caller_may_not_make_answers_403()
    {
        using var request = PostQuery("{ secret }", GraphQLResponseJson);
        request.Headers.Add(GraphQLTestServer.TestUserHeader, "mallory");

        using var response = await _server.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData(GraphQLResponseJson)]
    [InlineData(Json)]
    public async Task An_executor_exception_answers_500_with_an_internal_error(string accept)
    {
        using var response = await _server.Http.SendAsync(PostQuery("{ boom }", accept));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        AssertContentType(response, accept);
        var body = await ReadJsonAsync(response);
        Assert.Equal("INTERNAL_SERVER_ERROR", FirstErrorCode(body));
        Assert.DoesNotContain("blew up", body.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_mutation_over_post_runs()
    {
        using var response = await _server.Http.SendAsync(PostQuery("mutation { addGreeting }", GraphQLResponseJson));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("added", (await ReadJsonAsync(response)).GetProperty("data").GetProperty("addGreeting").GetString());
        Assert.True(_server.Executor.LastOptions!.AllowMutations);
        Assert.False(_server.Executor.LastOptions.AllowSubscriptions);
    }

    [Fact]
    public async Task A_subscription_over_plain_http_is_refused_with_405()
    {
        using var response = await _server.Http.SendAsync(PostQuery("subscription { counter(to: 2) }", GraphQLResponseJson));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("OPERATION_NOT_ALLOWED", FirstErrorCode(await ReadJsonAsync(response)));
        Assert.False(_server.Executor.LastOptions!.AllowSubscriptions);
    }

    [Theory]
    [InlineData(GraphQLResponseJson)]
    [InlineData(Json)]
    public async Task A_mutation_over_get_answers_405_allowing_post(string accept)
    {
        using var response = await _server.Http.SendAsync(Get(accept, ("query", "mutation { addGreeting }")));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("POST", string.Join(", ", response.Content.Headers.Allow));
        Assert.False(_server.Executor.LastOptions!.AllowMutations);
    }

    [Fact]
    public async Task Variables_reach_the_executor()
    {
        using var response = await _server.Http.SendAsync(Post("""{"query":"query Greet($name: String!) { greet(name: $name) }","variables":{"name":"Ada"}}""", GraphQLResponseJson));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Hello, Ada!", (await ReadJsonAsync(response)).GetProperty("data").GetProperty("greet").GetString());
    }

    [Fact]
    public async Task The_executor_learns_the_user_and_transport()
    {
        using var request = PostQuery("{ whoami }", GraphQLResponseJson);
        request.Headers.Add(GraphQLTestServer.TestUserHeader, "ada");

        using var response = await _server.Http.SendAsync(request);

        var whoami = (await ReadJsonAsync(response)).GetProperty("data").GetProperty("whoami");
        Assert.Equal("ada", whoami.GetProperty("user").GetString());
        Assert.Equal("http", whoami.GetProperty("transport").GetString());
    }
}

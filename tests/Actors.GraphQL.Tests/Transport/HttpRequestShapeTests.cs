using System.Net;
using System.Net.Http.Headers;
using System.Text;
using static Actors.GraphQL.Tests.Transport.HttpMessages;

namespace Actors.GraphQL.Tests.Transport;

/// <summary>
/// What makes a well-formed GraphQL-over-HTTP request: a POST in <c>application/json</c> (UTF-8) holding
/// one object with a string <c>query</c> and optional string <c>operationName</c> and map
/// <c>variables</c>/<c>extensions</c> (null equals absent); or a GET with the same parameters in the URL.
/// Anything else is refused with 400, 405, 413 or 415 before the executor sees it.
/// </summary>
public sealed class HttpRequestShapeTests(GraphQLServerFixture fixture) : IClassFixture<GraphQLServerFixture>
{
    private readonly GraphQLTestServer _server = fixture.Server;

    [Theory]
    [InlineData("variables")]
    [InlineData("operationName")]
    [InlineData("extensions")]
    public async Task A_null_optional_parameter_equals_an_absent_one(string parameter)
    {
        using var response = await _server.Http.SendAsync(Post($$"""{"query":"{ hello }","{{parameter}}":null}""", Json));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False((await ReadJsonAsync(response)).TryGetProperty("errors", out _));
    }

    [Fact]
    public async Task Operation_name_and_extensions_are_accepted()
    {
        using var response = await _server.Http.SendAsync(Post("""{"query":"query Q { hello }","operationName":"Q","extensions":{"some":"value"}}""", Json));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("""{"query":{"obj":"ect"}}""")]
    [InlineData("""{"query":0}""")]
    [InlineData("""{"query":false}""")]
    [InlineData("""{"query":["array"]}""")]
    [InlineData("""{"query":"{ hello }","operationName":{"obj":"ect"}}""")]
    [InlineData("""{"query":"{ hello }","operationName":0}""")]
    [InlineData("""{"query":"{ hello }","variables":"string"}""")]
    [InlineData("""{"query":"{ hello }","variables":["array"]}""")]
    [InlineData("""{"query":"{ hello }","variables":0}""")]
    [InlineData("""{"query":"{ hello }","extensions":"string"}""")]
    [InlineData("""{"query":"{ hello }","extensions":false}""")]
    [InlineData("""{"qeury":"{ hello }"}""")]
    [InlineData("""{}""")]
    public async Task A_parameter_of_the_wrong_type_or_a_missing_query_answers_400(string body)
    {
        using var response = await _server.Http.SendAsync(Post(body, GraphQLResponseJson));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        AssertContentType(response, GraphQLResponseJson);
        Assert.Equal("BAD_REQUEST", FirstErrorCode(await ReadJsonAsync(response)));
    }

    [Theory]
    [InlineData("""{ "not a JSON""", GraphQLResponseJson)]
    [InlineData("""{ "not a JSON""", Json)]
    [InlineData("NONSENSE", Json)]
    [InlineData("""[{"query":"{ hello }"}]""", Json)]
    [InlineData("\"a string\"", Json)]
    [InlineData("", Json)]
    public async Task A_body_that_is_not_a_json_request_object_answers_400(string body, string accept)
    {
        using var response = await _server.Http.SendAsync(Post(body, accept));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        AssertContentType(response, accept);
        Assert.Equal("BAD_REQUEST", FirstErrorCode(await ReadJsonAsync(response)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/json; charset=iso-8859-1")]
    public async Task A_body_that_is_not_utf8_json_answers_415(string? contentType)
    {
        using var response = await _server.Http.SendAsync(Post("""{"query":"{ hello }"}""", GraphQLResponseJson, contentType));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("UNSUPPORTED_MEDIA_TYPE", FirstErrorCode(await ReadJsonAsync(response)));
    }

    [Fact]
    public async Task A_utf8_body_with_non_ascii_text_is_read_as_utf8()
    {
        using var response = await _server.Http.SendAsync(Post("""{"query":"query Greet($name: String!) { greet(name: $name) }","variables":{"name":"Run🏃Swim🏊"}}""", Json, "application/json; charset=utf-8"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Hello, Run🏃Swim🏊!", (await ReadJsonAsync(response)).GetProperty("data").GetProperty("greet").GetString());
    }

    [Fact]
    public async Task A_get_query_with_json_encoded_variables_runs()
    {
        using var response = await _server.Http.SendAsync(Get(Json,
            ("query", "query Greet($name: String!) { greet(name: $name) }"),
            ("variables", """{"name":"Grace"}"""),
            ("operationName", "")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Hello, Grace!", (await ReadJsonAsync(response)).GetProperty("data").GetProperty("greet").GetString());
        Assert.False(_server.Executor.LastOptions!.AllowMutations);
    }

    [Theory]
    [InlineData("variables", "not json")]
    [InlineData("variables", "[1]")]
    [InlineData("extensions", "\"text\"")]
    public async Task A_get_with_a_parameter_that_is_not_a_json_object_answers_400(string name, string value)
    {
        using var response = await _server.Http.SendAsync(Get(GraphQLResponseJson, ("query", "{ hello }"), (name, value)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_get_without_a_query_answers_400()
    {
        using var response = await _server.Http.SendAsync(Get(Json));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("BAD_REQUEST", FirstErrorCode(await ReadJsonAsync(response)));
    }

    [Theory]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    public async Task Methods_other_than_get_and_post_answer_405(string method)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), "graphql") { Content = new StringContent("""{"query":"{ hello }"}""", Encoding.UTF8, "application/json") };

        using var response = await _server.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("GET, POST", string.Join(", ", response.Content.Headers.Allow));
    }

    [Fact]
    public async Task A_body_over_the_limit_answers_413()
    {
        await using var server = await GraphQLTestServer.StartAsync(options => options.MaxRequestBodyBytes = 1024);
        var body = """{"query":"{ hello }","extensions":{"padding":"PADDING"}}""".Replace("PADDING", new string('x', 2048), StringComparison.Ordinal);

        using var response = await server.Http.SendAsync(Post(body, GraphQLResponseJson));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("PAYLOAD_TOO_LARGE", FirstErrorCode(await ReadJsonAsync(response)));
    }

    [Fact]
    public async Task A_chunked_body_over_the_limit_answers_413()
    {
        await using var server = await GraphQLTestServer.StartAsync(options => options.MaxRequestBodyBytes = 1024);
        var body = """{"query":"{ hello }","extensions":{"padding":"PADDING"}}""".Replace("PADDING", new string('x', 4096), StringComparison.Ordinal);
        using var request = new HttpRequestMessage(HttpMethod.Post, "graphql") { Content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(body))) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/json");
        request.Headers.TransferEncodingChunked = true;

        using var response = await server.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task A_body_within_the_limit_runs()
    {
        await using var server = await GraphQLTestServer.StartAsync(options => options.MaxRequestBodyBytes = 1024);

        using var response = await server.Http.SendAsync(PostQuery("{ hello }", Json));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task With_get_requests_off_a_get_query_answers_405_allowing_post()
    {
        await using var server = await GraphQLTestServer.StartAsync(options => options.EnableGetRequests = false);

        using var response = await server.Http.SendAsync(Get(Json, ("query", "{ hello }")));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("POST", string.Join(", ", response.Content.Headers.Allow));
    }
}

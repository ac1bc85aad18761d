using System.Net;
using static Actors.GraphQL.Tests.Transport.HttpMessages;

namespace Actors.GraphQL.Tests.Transport;

/// <summary>
/// The response media type follows the <c>Accept</c> header: <c>application/graphql-response+json</c> or
/// <c>application/json</c> as asked (highest quality first, explicit before wildcard, earlier before later);
/// a missing header or <c>*/*</c> gets <c>application/json</c>, as the graphql-http audit expects; nothing
/// acceptable gets 406. Every response says <c>charset=utf-8</c>.
/// </summary>
public sealed class ContentNegotiationTests(GraphQLServerFixture fixture) : IClassFixture<GraphQLServerFixture>
{
    private readonly GraphQLTestServer _server = fixture.Server;

    [Theory]
    [InlineData(null, Json)]
    [InlineData("*/*", Json)]
    [InlineData("application/*", Json)]
    [InlineData("application/json", Json)]
    [InlineData("application/graphql-response+json", GraphQLResponseJson)]
    [InlineData("application/graphql-response+json; charset=utf-8, application/json; charset=utf-8", GraphQLResponseJson)]
    [InlineData("application/json, application/graphql-response+json", Json)]
    [InlineData("application/graphql-response+json;q=0.5, application/json", Json)]
    [InlineData("*/*, application/graphql-response+json", GraphQLResponseJson)]
    [InlineData("text/html;q=0.9, application/graphql-response+json", GraphQLResponseJson)]
    [InlineData("application/json;q=0, */*", GraphQLResponseJson)]
    public async Task The_accept_header_chooses_the_media_type(string? accept, string expected)
    {
        using var response = await _server.Http.SendAsync(PostQuery("{ hello }", accept));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertContentType(response, expected);
        Assert.Equal("world", (await ReadJsonAsync(response)).GetProperty("data").GetProperty("hello").GetString());
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/xml, text/csv")]
    [InlineData("application/json;q=0, application/graphql-response+json;q=0")]
    public async Task An_accept_header_with_nothing_acceptable_answers_406(string accept)
    {
        using var response = await _server.Http.SendAsync(PostQuery("{ hello }", accept));

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
        Assert.Equal("NOT_ACCEPTABLE", FirstErrorCode(await ReadJsonAsync(response)));
    }

    [Fact]
    public async Task An_event_stream_is_never_chosen_through_a_wildcard()
    {
        using var response = await _server.Http.SendAsync(PostQuery("subscription { counter(to: 1) }", "*/*"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        AssertContentType(response, Json);
    }

    [Fact]
    public async Task A_get_query_answers_with_the_negotiated_media_type()
    {
        using var response = await _server.Http.SendAsync(Get(GraphQLResponseJson, ("query", "{ hello }")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertContentType(response, GraphQLResponseJson);
        Assert.Contains("Accept", response.Headers.Vary);
    }
}

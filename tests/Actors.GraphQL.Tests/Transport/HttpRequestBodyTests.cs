using System.Net;
using System.Net.Http.Headers;
using System.Text;
using static Actors.GraphQL.Tests.Transport.HttpMessages;

namespace Actors.GraphQL.Tests.Transport;

/// <summary>
/// How a POST body is read into a request: exactly as a parse of the whole body followed by a look at its
/// parameters would, so malformed JSON anywhere is reported before a parameter of the wrong type, the first
/// malformed parameter is the one named, and bodies that arrive in pieces or with a byte order mark read the same.
/// </summary>
public sealed class HttpRequestBodyTests(GraphQLServerFixture fixture) : IClassFixture<GraphQLServerFixture>
{
    private readonly GraphQLTestServer _server = fixture.Server;

    [Theory]
    [InlineData("""{"query":0,"variables":{"a":}""", "The request body is not valid JSON (line 1, byte 29).")]
    [InlineData("""[{"query":"{ hello }"}] x""", "The request body is not valid JSON (line 1, byte 25).")]
    [InlineData("""{"query":"{ hello }"}{}""", "The request body is not valid JSON (line 1, byte 22).")]
    [InlineData("{\"query\":\n\"{ hello }\",,}", "The request body is not valid JSON (line 2, byte 13).")]
    [InlineData("""{"query":0,"query":"{ hello }"}""", "The 'query' parameter must be a string.")]
    [InlineData("""{"variables":[1],"operationName":0}""", "The 'variables' parameter must be a JSON object (a map of variable values) or null.")]
    [InlineData("""{"unknown":[{"deep":[1,2]}],"extensions":1}""", "The 'extensions' parameter must be a JSON object (a map) or null.")]
    [InlineData("""[{"query":"{ hello }"}]""", "Batched requests (a JSON array) are not supported; send one request object.")]
    [InlineData("  \r\n\t ", "The request body is empty; send a JSON object with a 'query'.")]
    [InlineData("\"a string\"", "The request body must be a JSON object with a 'query'.")]
    public async Task A_malformed_body_is_refused_with_the_message_a_whole_parse_gives(string body, string message)
    {
        using var response = await _server.Http.SendAsync(Post(body, GraphQLResponseJson));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(message, (await ReadJsonAsync(response)).GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task An_escaped_parameter_name_is_read_unescaped()
    {
        using var response = await _server.Http.SendAsync(Post("""{"qu\u0065ry":"{ greet }","variables":{"name":"Ada"}}""", Json));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Hello, Ada!", (await ReadJsonAsync(response)).GetProperty("data").GetProperty("greet").GetString());
    }

    [Fact]
    public async Task A_body_with_a_byte_order_mark_runs()
    {
        using var response = await _server.Http.SendAsync(Post("\uFEFF{\"query\":\"{ hello }\"}", Json));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_body_that_arrives_a_few_bytes_at_a_time_runs()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "graphql")
        {
            Content = new TrickleContent(Encoding.UTF8.GetBytes("""{"query":"{ greet }","variables":{"name":"Grace"},"extensions":{}}""")),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        using var response = await _server.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Hello, Grace!", (await ReadJsonAsync(response)).GetProperty("data").GetProperty("greet").GetString());
    }

    /// <summary>Sends its bytes three at a time, flushing each, so that the server reads the body in several pieces.</summary>
    private sealed class TrickleContent(byte[] body) : HttpContent
    {
        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            for (var start = 0; start < body.Length; start += 3)
            {
                await stream.WriteAsync(body.AsMemory(start, Math.Min(3, body.Length - start)));
                await stream.FlushAsync();
            }
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}

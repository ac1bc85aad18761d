using System.Net.WebSockets;
using System.Text.Json;
using Marketplace.Api.Tests.Harness;
using Testing.Postgres;

namespace Marketplace.Api.Tests.Accounts;

/// <summary>Sign-up, sign-in, me and profiles over real HTTP and WebSocket against a silo on PostgreSQL.</summary>
public sealed class AccountApiTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>, IAsyncLifetime
{
    private MarketplaceServer _server = null!;

    public async Task InitializeAsync() => _server = await MarketplaceServer.StartAsync(database);

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task A_freelancer_signs_up_signs_in_and_sees_themself_as_me()
    {
        var freelancer = await _server.SignUpAsync("FREELANCER", "Ada");

        var signIn = (await _server.DataAsync(
            "mutation ($input: SignInInput!) { signIn(input: $input) { token user { id role } errors { code } } }",
            new { input = new { email = freelancer.Email.ToUpperInvariant(), password = "correct horse battery" } })).GetProperty("signIn");
        var me = (await _server.DataAsync("{ me { id email displayName role freelancer { id displayName skills } client { id } } }", token: signIn.GetProperty("token").GetString())).GetProperty("me");

        Assert.Equal(freelancer.Id, signIn.GetProperty("user").GetProperty("id").GetString());
        Assert.Equal(freelancer.Id, me.GetProperty("id").GetString());
        Assert.Equal("FREELANCER", me.GetProperty("role").GetString());
        Assert.Equal("Ada", me.GetProperty("freelancer").GetProperty("displayName").GetString());
        Assert.Equal(JsonValueKind.Null, me.GetProperty("client").ValueKind);
    }

    [Fact]
    public async Task Without_a_token_me_is_null_and_profile_mutations_are_unauthenticated()
    {
        var me = await _server.DataAsync("{ me { id } }");
        var update = await _server.PostAsync("mutation { updateClientProfile(input: { companyName: \"Acme\" }) { errors { code } } }");

        Assert.Equal(JsonValueKind.Null, me.GetProperty("me").ValueKind);
        Assert.Equal("UNAUTHENTICATED", update.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_token_used_many_times_still_expires_with_its_lifetime()
    {
        var freelancer = await _server.SignUpAsync("FREELANCER", "Ada");
        for (var i = 0; i < 3; i++)
        {
            var me = await _server.DataAsync("{ me { id } }", token: freelancer.Token);
            Assert.Equal(freelancer.Id, me.GetProperty("me").GetProperty("id").GetString());
        }

        _server.AdvanceClockTo(_server.Clock.GetUtcNow() + TimeSpan.FromHours(12) + TimeSpan.FromMinutes(1));
        var expired = await _server.DataAsync("{ me { id } }", token: freelancer.Token);
        var update = await _server.PostAsync("mutation { updateFreelancerProfile(input: { title: \"Expired\" }) { errors { code } } }", token: freelancer.Token);

        Assert.Equal(JsonValueKind.Null, expired.GetProperty("me").ValueKind);
        Assert.Equal("UNAUTHENTICATED", update.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Bad_sign_up_input_is_refused_with_codes_and_fields_and_creates_nothing()
    {
        var taken = await _server.SignUpAsync("CLIENT");

        async Task<JsonElement> SignUp(object input) => (await _server.DataAsync(Users.SignUpMutation, new { input })).GetProperty("signUp");

        var badEmail = await SignUp(new { email = "not-an-email", password = "correct horse battery", displayName = "X", role = "CLIENT" });
        var shortPassword = await SignUp(new { email = "short@example.com", password = "short", displayName = "X", role = "CLIENT" });
        var admin = await SignUp(new { email = "admin@example.com", password = "correct horse battery", displayName = "X", role = "ADMIN" });
        var duplicate = await SignUp(new { email = taken.Email, password = "correct horse battery", displayName = "X", role = "FREELANCER" });
        var signInAfterRefusal = (await _server.DataAsync(
            "mutation { signIn(input: { email: \"short@example.com\", password: \"short\" }) { token errors { code } } }")).GetProperty("signIn");

        Assert.Equal(["INVALID_INPUT"], Users.ErrorCodes(badEmail));
        Assert.Equal("[\"input\",\"email\"]", badEmail.GetProperty("errors")[0].GetProperty("field").GetRawText());
        Assert.Equal(["INVALID_INPUT"], Users.ErrorCodes(shortPassword));
        Assert.Equal("[\"input\",\"password\"]", shortPassword.GetProperty("errors")[0].GetProperty("field").GetRawText());
        Assert.Equal(["FORBIDDEN"], Users.ErrorCodes(admin));
        Assert.Equal(["ALREADY_EXISTS"], Users.ErrorCodes(duplicate));
        Assert.Equal(JsonValueKind.Null, duplicate.GetProperty("token").ValueKind);
        Assert.Equal(["INVALID_CREDENTIALS"], Users.ErrorCodes(signInAfterRefusal));
    }

    [Fact]
    public async Task A_wrong_password_and_an_unknown_email_are_refused_alike()
    {
        var client = await _server.SignUpAsync("CLIENT");
        const string SignIn = "mutation ($input: SignInInput!) { signIn(input: $input) { token errors { code message } } }";

        var wrong = (await _server.DataAsync(SignIn, new { input = new { email = client.Email, password = "wrong password!" } })).GetProperty("signIn");
        var unknown = (await _server.DataAsync(SignIn, new { input = new { email = "nobody@example.com", password = "wrong password!" } })).GetProperty("signIn");

        Assert.Equal(["INVALID_CREDENTIALS"], Users.ErrorCodes(wrong));
        Assert.Equal(wrong.GetProperty("errors").GetRawText(), unknown.GetProperty("errors").GetRawText());
    }

    [Fact]
    public async Task A_freelancer_updates_their_profile_and_anyone_reads_it_by_id_or_node()
    {
        var freelancer = await _server.SignUpAsync("FREELANCER", "Grace");
        var me = (await _server.DataAsync("{ me { freelancer { id } } }", token: freelancer.Token)).GetProperty("me").GetProperty("freelancer").GetProperty("id").GetString();

        var updated = (await _server.DataAsync("""
            mutation { updateFreelancerProfile(input: { title: "Compiler engineer", skills: ["C#", "GraphQL"], hourlyRate: "85.50", availability: PART_TIME, country: "gb" }) {
              freelancer { title skills hourlyRate availability country } errors { code field } } }
            """, token: freelancer.Token)).GetProperty("updateFreelancerProfile");
        var read = (await _server.DataAsync("query ($id: ID!) { freelancer(id: $id) { title hourlyRate } node(id: $id) { id ... on Freelancer { country } } }", new { id = me })).GetProperty("freelancer");
        var node = (await _server.DataAsync("query ($id: ID!) { node(id: $id) { id ... on Freelancer { country } } }", new { id = me })).GetProperty("node");

        Assert.Equal(0, updated.GetProperty("errors").GetArrayLength());
        Assert.Equal("""{"title":"Compiler engineer","skills":["C#","GraphQL"],"hourlyRate":"85.5","availability":"PART_TIME","country":"GB"}""", updated.GetProperty("freelancer").GetRawText());
        Assert.Equal("85.5", read.GetProperty("hourlyRate").GetString());
        Assert.Equal(me, node.GetProperty("id").GetString());
        Assert.Equal("GB", node.GetProperty("country").GetString());
    }

    [Fact]
    public async Task A_profile_update_below_the_hourly_minimum_or_in_cents_fractions_changes_nothing()
    {
        var freelancer = await _server.SignUpAsync("FREELANCER");
        const string Update = "mutation ($rate: Decimal) { updateFreelancerProfile(input: { title: \"Changed\", hourlyRate: $rate }) { freelancer { title } errors { code field } } }";

        var tooLow = (await _server.DataAsync(Update, new { rate = "2.99" }, freelancer.Token)).GetProperty("updateFreelancerProfile");
        var fraction = (await _server.DataAsync(Update, new { rate = "10.001" }, freelancer.Token)).GetProperty("updateFreelancerProfile");
        var title = (await _server.DataAsync("{ me { freelancer { title hourlyRate } } }", token: freelancer.Token)).GetProperty("me").GetProperty("freelancer");

        Assert.Equal(["INVALID_INPUT"], Users.ErrorCodes(tooLow));
        Assert.Equal(["INVALID_INPUT"], Users.ErrorCodes(fraction));
        Assert.Equal("[\"input\",\"hourlyRate\"]", fraction.GetProperty("errors")[0].GetProperty("field").GetRawText());
        Assert.NotEqual("Changed", title.GetProperty("title").GetString());
    }

    [Fact]
    public async Task A_client_cannot_use_freelancer_mutations_and_node_hides_other_users()
    {
        var client = await _server.SignUpAsync("CLIENT");
        var freelancer = await _server.SignUpAsync("FREELANCER");

        var update = await _server.PostAsync("mutation { updateFreelancerProfile(input: { title: \"x\" }) { errors { code } } }", token: client.Token);
        var otherUser = await _server.DataAsync("query ($id: ID!) { node(id: $id) { id } }", new { id = freelancer.Id }, client.Token);
        var verified = (await _server.DataAsync("mutation { verifyPaymentMethod(input: { cardToken: \"tok_visa_4242\" }) { client { paymentMethodVerified } errors { code } } }", token: client.Token)).GetProperty("verifyPaymentMethod");

        Assert.Equal("FORBIDDEN", update.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(JsonValueKind.Null, otherUser.GetProperty("node").ValueKind);
        Assert.True(verified.GetProperty("client").GetProperty("paymentMethodVerified").GetBoolean());
    }

    [Fact]
    public async Task A_websocket_authenticates_in_connection_init_and_a_bad_token_is_closed_with_4403()
    {
        var freelancer = await _server.SignUpAsync("FREELANCER");

        await using (var socket = await GraphQLSocket.ConnectAsync(_server.GraphQLAddress, freelancer.Token))
        {
            var me = await GraphQLSocket.NextAsync(await socket.SubscribeAsync("{ me { id } }"));
            Assert.Equal(freelancer.Id, me.GetProperty("payload").GetProperty("data").GetProperty("me").GetProperty("id").GetString());
        }

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => GraphQLSocket.ConnectAsync(_server.GraphQLAddress, freelancer.Token + "x"));
        Assert.Contains("4403", refused.Message);
    }

    [Fact]
    public async Task A_websocket_is_closed_with_4403_when_its_token_expires()
    {
        var freelancer = await _server.SignUpAsync("FREELANCER");
        await using var socket = await GraphQLSocket.ConnectAsync(_server.GraphQLAddress, freelancer.Token);
        await socket.SubscribeAsync("subscription { notifications { id } }");

        _server.AdvanceClockTo(_server.Clock.GetUtcNow() + TimeSpan.FromHours(12));
        var me = await GraphQLSocket.NextAsync(await socket.SubscribeAsync("{ me { id } }"));
        Assert.Equal(freelancer.Id, me.GetProperty("payload").GetProperty("data").GetProperty("me").GetProperty("id").GetString());
        Assert.Null(socket.CloseStatus);

        _server.AdvanceClockTo(_server.Clock.GetUtcNow() + TimeSpan.FromMinutes(1));
        for (var i = 0; i < 500 && socket.CloseStatus is null; i++)
        {
            await Task.Delay(20);
        }

        Assert.Equal((WebSocketCloseStatus)4403, socket.CloseStatus);
    }
}

using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.RegularExpressions;
using Actors.GraphQL.Errors;
using Actors.GraphQL.Execution;

namespace Actors.GraphQL.Tests.Transport;

/// <summary>
/// A hand-written stand-in for the GraphQL engine, which is not written yet: it recognizes a handful of
/// documents by their operation keyword and first field, and answers them the way the engine must
/// (results, field errors, request failures, subscription streams). Only the executor is a double; the
/// transports under test are the real ones, reached over real sockets by real HTTP and WebSocket clients.
/// <list type="bullet">
/// <item><c>{ hello }</c> → <c>{"hello":"world"}</c>; <c>{ __typename }</c>, <c>{ __type(name:) }</c> for the graphql-http audit;</item>
/// <item><c>query Greet($name: String!) { greet(name: $name) }</c> → greets the variable; a non-null variable without a value fails coercion;</item>
/// <item><c>{ partial }</c> → data with a field error; <c>{ boom }</c> → throws; <c>{ secret }</c> → Unauthorized;
/// <c>{ expensive }</c> → LimitExceeded; <c>{ throttled }</c> → LimitExceeded coded RATE_LIMITED;</item>
/// <item><c>{ whoami }</c> → the user name, transport and connection_init token it was given;</item>
/// <item><c>mutation { addGreeting }</c> → a mutation (refused when mutations are not allowed);</item>
/// <item><c>subscription { counter(to: N) }</c> → N events; <c>subscription { forever }</c> → until cancelled,
/// reporting the cancellation through <see cref="ForeverCancelled"/>; <c>subscription { failing }</c> →
/// one event, then an exception;</item>
/// <item>a document starting with <c>{</c> but not closed, or an unknown field → a request error.</item>
/// </list>
/// </summary>
public sealed partial class StandInExecutor : IRequestExecutor
{
    private TaskCompletionSource _foreverCancelled = NewSignal();

    /// <summary>Completes when a <c>forever</c> subscription's enumeration was cancelled and ended.</summary>
    public Task ForeverCancelled => _foreverCancelled.Task;

    /// <summary>The options of the last request, to check what the transport told the executor.</summary>
    public RequestOptions? LastOptions { get; private set; }

    public Task<ExecutionResponse> ExecuteAsync(GraphQLRequest request, RequestOptions options, CancellationToken cancellationToken)
    {
        LastOptions = options;
        var document = request.Query ?? string.Empty;
        if (document.Count(c => c == '{') != document.Count(c => c == '}') || !document.Contains('{'))
        {
            return Task.FromResult(Failed(RequestFailure.InvalidRequest, "Syntax Error: Expected Name, found <EOF>.", "GRAPHQL_PARSE_FAILED"));
        }

        foreach (Match required in RequiredVariable().Matches(document))
        {
            var name = required.Groups["name"].Value;
            if (Variable(request, name) is not { ValueKind: not JsonValueKind.Null })
            {
                return Task.FromResult(Failed(RequestFailure.InvalidRequest, $"Variable \"${name}\" of non-null type \"{required.Groups["type"].Value}\" must not be null.", "BAD_USER_INPUT"));
            }
        }

        var operation = OperationKeyword().Match(document).Groups["keyword"].Value;
        var field = FirstField().Match(document).Groups["field"].Value;
        return Task.FromResult(operation switch
        {
            "mutation" when !options.AllowMutations => Failed(RequestFailure.OperationNotAllowed, "Mutations are not allowed on this transport; use POST.", "OPERATION_NOT_ALLOWED"),
            "mutation" => Data(field, field == "addGreeting" ? "added" : "Mutation"),
            "subscription" when !options.AllowSubscriptions => Failed(RequestFailure.OperationNotAllowed, "Subscriptions are not allowed on this transport.", "OPERATION_NOT_ALLOWED"),
            "subscription" => Subscribe(field, document, cancellationToken),
            _ => Query(field, request, options),
        });
    }

    /// <summary>Re-arms <see cref="ForeverCancelled"/> for the next test.</summary>
    public void Reset() => _foreverCancelled = NewSignal();

    private static ExecutionResponse Query(string field, GraphQLRequest request, RequestOptions options)
    {
        switch (field)
        {
            case "hello":
                return Data("hello", "world");
            case "__typename":
                return Data("__typename", "Query");
            case "__type":
                return Data("__type", null);
            case "greet":
                return Data("greet", $"Hello, {Variable(request, "name")?.GetString()}!");
            case "partial":
                var partial = new ResultMap { { "partial", null } };
                return ExecutionResponse.Single(ExecutionResult.Executed(partial, [GraphQLError.WithCode("The partial field failed.", "FIELD_FAILED", path: ["partial"])]));
            case "boom":
                throw new InvalidOperationException("The stand-in executor blew up, as asked.");
            case "secret":
                return Failed(RequestFailure.Unauthorized, "You may not read the secret.", "UNAUTHORIZED");
            case "expensive":
                return Failed(RequestFailure.LimitExceeded, "The query costs more than the limit.", "COST_LIMIT_EXCEEDED");
            case "throttled":
                return Failed(RequestFailure.LimitExceeded, "Too many requests; retry later.", "RATE_LIMITED");
            case "whoami":
                var token = options.ContextData.TryGetValue("connectionInitPayload", out var payload) && payload is JsonElement { ValueKind: JsonValueKind.Object } init
                    && init.TryGetProperty("token", out var value) ? value.GetString() : null;
                var whoami = new ResultMap
                {
                    { "user", options.User?.Identity?.Name },
                    { "transport", options.ContextData.TryGetValue("transport", out var transport) ? transport as string : null },
                    { "token", token },
                    { "tenant", options.ContextData.TryGetValue("tenant", out var tenant) ? tenant as string : null },
                };
                return Data("whoami", whoami);
            default:
                return Failed(RequestFailure.InvalidRequest, $"Cannot query field \"{field}\" on type \"Query\".", "GRAPHQL_VALIDATION_FAILED");
        }
    }

    private ExecutionResponse Subscribe(string field, string document, CancellationToken cancellationToken) => field switch
    {
        "counter" => ExecutionResponse.Subscription(CountAsync(int.Parse(CounterArgument().Match(document).Groups["to"].Value, System.Globalization.CultureInfo.InvariantCulture), cancellationToken)),
        "forever" => ExecutionResponse.Subscription(ForeverAsync(cancellationToken)),
        "failing" => ExecutionResponse.Subscription(FailingAsync(cancellationToken)),
        _ => Failed(RequestFailure.InvalidRequest, $"Cannot query field \"{field}\" on type \"Subscription\".", "GRAPHQL_VALIDATION_FAILED"),
    };

    private static async IAsyncEnumerable<ExecutionResult> CountAsync(int to, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        for (var count = 1; count <= to; count++)
        {
            await Task.Yield();
            cancellationToken.ThrowIfCancellationRequested();
            yield return ExecutionResult.Executed(new ResultMap { { "counter", count } });
        }
    }

    private async IAsyncEnumerable<ExecutionResult> ForeverAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        try
        {
            yield return ExecutionResult.Executed(new ResultMap { { "forever", 0 } });
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
        finally
        {
            if (cancellationToken.IsCancellationRequested)
            {
                _foreverCancelled.TrySetResult();
            }
        }
    }

    private static async IAsyncEnumerable<ExecutionResult> FailingAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        yield return ExecutionResult.Executed(new ResultMap { { "failing", 1 } });
        await Task.Yield();
        cancellationToken.ThrowIfCancellationRequested();
        throw new InvalidOperationException("The stand-in subscription source failed, as asked.");
    }

    private static JsonElement? Variable(GraphQLRequest request, string name) =>
        request.Variables is { ValueKind: JsonValueKind.Object } variables && variables.TryGetProperty(name, out var value) ? value : null;

    private static ExecutionResponse Data(string field, object? value) =>
        ExecutionResponse.Single(ExecutionResult.Executed(new ResultMap { { field, value } }));

    private static ExecutionResponse Failed(RequestFailure failure, string message, string code) =>
        ExecutionResponse.Failed(failure, ExecutionResult.Failed([GraphQLError.WithCode(message, code)]));

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    [GeneratedRegex(@"^\s*(?<keyword>query|mutation|subscription)?")]
    private static partial Regex OperationKeyword();

    [GeneratedRegex(@"\{\s*(?<field>[_A-Za-z][_0-9A-Za-z]*)")]
    private static partial Regex FirstField();

    [GeneratedRegex(@"\$(?<name>[_A-Za-z][_0-9A-Za-z]*)\s*:\s*(?<type>[_A-Za-z][_0-9A-Za-z]*!)")]
    private static partial Regex RequiredVariable();

    [GeneratedRegex(@"to:\s*(?<to>\d+)")]
    private static partial Regex CounterArgument();
}

using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Actors.GraphQL.Execution;
using Actors.GraphQL.Types;

namespace Actors.GraphQL.Tests.Execution;

/// <summary>Builds schemas with resolvers set on their fields, runs requests through a <see cref="RequestExecutor"/>, and writes results as JSON.</summary>
internal static class ExecutionHarness
{
    private static readonly JsonWriterOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The field at a schema coordinate such as "Query.job".</summary>
    public static FieldDefinition Field(this Schema schema, string coordinate)
    {
        var dot = coordinate.IndexOf('.', StringComparison.Ordinal);
        var type = (IFieldsType)schema.GetType(coordinate[..dot])!;
        return type.Field(coordinate[(dot + 1)..]) ?? throw new ArgumentException($"No field {coordinate}.", nameof(coordinate));
    }

    /// <summary>Sets a synchronous resolver.</summary>
    public static Schema Resolve(this Schema schema, string coordinate, Func<ResolverContext, object?> resolver)
    {
        schema.Field(coordinate).Resolver = context => ValueTask.FromResult(resolver(context));
        return schema;
    }

    /// <summary>Sets an asynchronous resolver.</summary>
    public static Schema ResolveAsync(this Schema schema, string coordinate, Func<ResolverContext, Task<object?>> resolver)
    {
        schema.Field(coordinate).Resolver = context => new ValueTask<object?>(resolver(context));
        return schema;
    }

    public static Task<ExecutionResponse> ExecuteAsync(
        this Schema schema, string query, string? variables = null, string? operationName = null,
        RequestOptions? request = null, RequestExecutorOptions? options = null, CancellationToken cancellationToken = default) =>
        new RequestExecutor(schema, options).ExecuteAsync(
            new GraphQLRequest(query, operationName, variables is null ? null : JsonDocument.Parse(variables).RootElement.Clone()),
            request ?? new RequestOptions { AllowSubscriptions = true },
            cancellationToken);

    /// <summary>Runs a query, mutation or subscription-less request and returns its response as JSON text.</summary>
    public static async Task<string> RunAsync(
        this Schema schema, string query, string? variables = null, string? operationName = null,
        RequestOptions? request = null, RequestExecutorOptions? options = null)
    {
        var response = await schema.ExecuteAsync(query, variables, operationName, request, options);
        return Json(response.Result ?? throw new InvalidOperationException("The response is a stream, not one result."));
    }

    /// <summary>
    /// The result as <see cref="ExecutionResultWriter"/> writes it, without escaping quotes and the like, for readable expectations;
    /// on the way, checks that the fast writer of responses writes exactly what a <see cref="Utf8JsonWriter"/> with default options does.
    /// </summary>
    public static string Json(ExecutionResult result)
    {
        Assert.Equal(Encoding.UTF8.GetString(Written(result, default)), Encoding.UTF8.GetString(ExecutionResultWriter.ToUtf8Bytes(result)));
        return Encoding.UTF8.GetString(Written(result, Readable));
    }

    private static byte[] Written(ExecutionResult result, JsonWriterOptions options)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, options))
        {
            ExecutionResultWriter.Write(writer, result);
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Options that skip validation, to reach the executor's own checks with documents validation would refuse.</summary>
    public static RequestExecutorOptions WithoutValidation { get; } = new() { ValidationRules = [] };
}

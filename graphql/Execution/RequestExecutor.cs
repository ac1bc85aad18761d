using System.Collections.Concurrent;
using Actors.GraphQL.Errors;
using Actors.GraphQL.Language;
using Actors.GraphQL.Types;
using Actors.GraphQL.Validation;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Actors.GraphQL.Execution;

/// <summary>
/// The request pipeline over one schema: find the document (the request's text, or a persisted one by id),
/// parse it, validate it, select the operation, refuse operation kinds the request may not run, coerce the
/// variables, run the <see cref="RequestExecutorOptions.RequestRules"/>, then execute — queries with sibling
/// fields in parallel, mutations serially, subscriptions as a stream of results.
/// </summary>
/// <remarks>
/// Every failure before execution comes back as <see cref="ExecutionResponse.Failed"/> (a result without
/// <c>data</c>, each error with <c>extensions.code</c>); errors during execution are field errors in the
/// result. Only a cancelled <c>cancellationToken</c> ends a call with <see cref="OperationCanceledException"/>.
/// Valid documents are cached by their text (<see cref="RequestExecutorOptions.DocumentCacheSize"/>), each with the
/// grouped field sets of its operations once a request has collected them (<see cref="OperationPlan"/>).
/// </remarks>
public sealed class RequestExecutor : IRequestExecutor
{
    private readonly ConcurrentDictionary<string, ValidatedDocument> _documents = new(StringComparer.Ordinal);
    private readonly ILogger _logger;

    public RequestExecutor(Schema schema, RequestExecutorOptions? options = null, ILogger<RequestExecutor>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        options ??= RequestExecutorOptions.Default;
        options.Validate();
        Schema = schema;
        Options = options;
        _logger = logger ?? (ILogger)NullLogger.Instance;
    }

    public Schema Schema { get; }

    public RequestExecutorOptions Options { get; }

    public async Task<ExecutionResponse> ExecuteAsync(GraphQLRequest request, RequestOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(options);
        cancellationToken.ThrowIfCancellationRequested();

        var (text, isPersisted, missing) = await DocumentTextAsync(request, cancellationToken).ConfigureAwait(false);
        if (text is null)
        {
            return Refused(new RequestRefusal(RequestFailure.InvalidRequest, [missing!]));
        }

        var document = ParseAndValidate(text, out var documentErrors);
        if (document is null)
        {
            return Refused(new RequestRefusal(RequestFailure.InvalidRequest, documentErrors!));
        }

        var context = ExecutionContext.BuildExecutionContext(Schema, document, request, options, Options, _logger, out var refusal);
        if (context is null)
        {
            return Refused(refusal!);
        }

        RequestRuleContext? ruleContext = null;
        if (Options.RequestRules.Count > 0)
        {
            ruleContext = new RequestRuleContext(
                Schema, request, options, document.Document, isPersisted, context.Operation, context.Fragments, context.VariableValues);
            foreach (var rule in Options.RequestRules)
            {
                if (await rule.CheckAsync(ruleContext, cancellationToken).ConfigureAwait(false) is { } ruleRefusal)
                {
                    return Refused(ruleRefusal);
                }
            }
        }

        if (context.Operation.Operation == OperationType.Subscription)
        {
            return await SubscriptionExecutor.SubscribeAsync(context, cancellationToken).ConfigureAwait(false);
        }

        var result = await OperationExecutor.ExecuteOperationAsync(context, ruleContext?.ResponseExtensionsOrNull, cancellationToken).ConfigureAwait(false);
        return ExecutionResponse.Single(result);
    }

    /// <summary>The document's text: the request's query, or the persisted document its id names.</summary>
    private async ValueTask<(string? Text, bool IsPersisted, GraphQLError? Missing)> DocumentTextAsync(GraphQLRequest request, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrEmpty(request.Query))
        {
            return (request.Query, false, null);
        }

        var documentId = request.DocumentId ?? ApolloPersistedQueryHash(request.Extensions);
        if (string.IsNullOrEmpty(documentId))
        {
            return (null, false, ExecutionErrors.NoDocument());
        }

        if (Options.PersistedDocuments is not { } store)
        {
            return (null, false, ExecutionErrors.PersistedDocumentsNotEnabled());
        }

        var text = await store.GetDocumentAsync(documentId, cancellationToken).ConfigureAwait(false);
        return string.IsNullOrEmpty(text)
            ? (null, true, ExecutionErrors.PersistedDocumentNotFound(documentId))
            : (text, true, null);
    }

    /// <summary>Apollo's automatic persisted queries name the document in <c>extensions.persistedQuery.sha256Hash</c>.</summary>
    private static string? ApolloPersistedQueryHash(System.Text.Json.JsonElement? extensions) =>
        extensions is { ValueKind: System.Text.Json.JsonValueKind.Object } e
        && e.TryGetProperty("persistedQuery", out var persisted) && persisted.ValueKind == System.Text.Json.JsonValueKind.Object
        && persisted.TryGetProperty("sha256Hash", out var hash) && hash.ValueKind == System.Text.Json.JsonValueKind.String
            ? hash.GetString()
            : null;

    /// <summary>The parsed document when it is valid (from the cache when seen before), else null and its errors.</summary>
    private ValidatedDocument? ParseAndValidate(string text, out IReadOnlyList<GraphQLError>? errors)
    {
        errors = null;
        if (_documents.TryGetValue(text, out var cached))
        {
            return cached;
        }

        DocumentNode document;
        try
        {
            document = Parser.Parse(text, Options.Parser);
        }
        catch (GraphQLSyntaxError syntaxError)
        {
            errors = [ExecutionErrors.Syntax(syntaxError)];
            return null;
        }

        var validationErrors = DocumentValidator.Validate(Schema, document, Options.ValidationRules, Options.MaxValidationErrors);
        if (validationErrors.Count > 0)
        {
            errors = validationErrors;
            return null;
        }

        var validated = new ValidatedDocument(document);
        if (Options.DocumentCacheSize > 0)
        {
            if (_documents.Count >= Options.DocumentCacheSize)
            {
                _documents.Clear();
            }

            _documents.TryAdd(text, validated);
        }

        return validated;
    }

    private static ExecutionResponse Refused(RequestRefusal refusal) =>
        ExecutionResponse.Failed(refusal.Failure, ExecutionResult.Failed(refusal.Errors));
}

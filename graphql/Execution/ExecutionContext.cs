using Actors.GraphQL.Errors;
using Actors.GraphQL.Language;
using Actors.GraphQL.Types;
using Microsoft.Extensions.Logging;

namespace Actors.GraphQL.Execution;

/// <summary>
/// Everything one request's execution shares: the schema, the operation to run and the document's
/// fragments, the coerced variables, the request, and the field plans collected so far. Built by
/// <see cref="BuildExecutionContext"/>, which returns the request errors instead when there is nothing to run.
/// </summary>
internal sealed class ExecutionContext
{
    private FieldCollector? _collector;

    private ExecutionContext(
        Schema schema, OperationDefinitionNode operation, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments,
        IReadOnlyDictionary<string, object?> variableValues, ObjectType rootType, RequestOptions request,
        RequestExecutorOptions options, ILogger logger)
    {
        Schema = schema;
        Operation = operation;
        Fragments = fragments;
        VariableValues = variableValues;
        RootType = rootType;
        Request = request;
        Options = options;
        Logger = logger;
    }

    public Schema Schema { get; }

    public OperationDefinitionNode Operation { get; }

    public IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments { get; }

    public IReadOnlyDictionary<string, object?> VariableValues { get; }

    public ObjectType RootType { get; }

    public RequestOptions Request { get; }

    public RequestExecutorOptions Options { get; }

    public ILogger Logger { get; }

    public FieldCollector Collector => _collector ??= new FieldCollector(this);

    /// <summary>
    /// Selects the operation (GetOperation, spec §6.1), checks that its root type exists and that the
    /// request may run its kind, and coerces the variables (CoerceVariableValues, §6.1.2).
    /// </summary>
    /// <returns>The context, or null with <paramref name="refusal"/> saying why nothing can run.</returns>
    public static ExecutionContext? BuildExecutionContext(
        Schema schema, DocumentNode document, GraphQLRequest request, RequestOptions options,
        RequestExecutorOptions executorOptions, ILogger logger, out RequestRefusal? refusal)
    {
        var operationName = string.IsNullOrEmpty(request.OperationName) ? null : request.OperationName;
        OperationDefinitionNode? operation = null;
        var operationCount = 0;
        var fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case OperationDefinitionNode candidate:
                    operationCount++;
                    if (operationName is null ? operation is null : candidate.Name?.Value == operationName)
                    {
                        operation ??= candidate;
                    }

                    break;
                case FragmentDefinitionNode fragment:
                    fragments.TryAdd(fragment.Name.Value, fragment);
                    break;
            }
        }

        refusal = (operation, operationName, operationCount) switch
        {
            (_, null, 0) => Invalid(ExecutionErrors.NoOperation()),
            (_, null, > 1) => Invalid(ExecutionErrors.OperationNameRequired()),
            (null, { } name, _) => Invalid(ExecutionErrors.UnknownOperation(name)),
            _ => null,
        };
        if (refusal is not null)
        {
            return null;
        }

        var rootType = schema.RootType(operation!.Operation);
        if (rootType is null)
        {
            refusal = Invalid(ExecutionErrors.NoRootType(operation));
            return null;
        }

        refusal = operation.Operation switch
        {
            OperationType.Mutation when !options.AllowMutations =>
                new RequestRefusal(RequestFailure.OperationNotAllowed, [ExecutionErrors.MutationNotAllowed(operation)]),
            OperationType.Subscription when !options.AllowSubscriptions =>
                new RequestRefusal(RequestFailure.OperationNotAllowed, [ExecutionErrors.SubscriptionNotAllowed(operation)]),
            _ => null,
        };
        if (refusal is not null)
        {
            return null;
        }

        var errors = new List<GraphQLError>();
        var variables = VariableCoercion.CoerceVariableValues(schema, operation, request.Variables, errors);
        if (errors.Count > 0)
        {
            refusal = new RequestRefusal(RequestFailure.InvalidRequest, errors);
            return null;
        }

        return new ExecutionContext(schema, operation, fragments, variables, rootType, options, executorOptions, logger);
    }

    private static RequestRefusal Invalid(GraphQLError error) => new(RequestFailure.InvalidRequest, [error]);
}

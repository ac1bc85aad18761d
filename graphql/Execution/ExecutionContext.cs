using Actors.GraphQL.Errors;
using Actors.GraphQL.Language;
using Actors.GraphQL.Types;
using Microsoft.Extensions.Logging;

namespace Actors.GraphQL.Execution;

/// <summary>
/// Everything one request's execution shares: the schema, the operation to run (with its plan) and the document's
/// fragments, the coerced variables, the request, and the arguments coerced from variables so far. Built by
/// <see cref="BuildExecutionContext"/>, which returns the request errors instead when there is nothing to run.
/// </summary>
/// <remarks>Not thread-safe: an execution plans and completes on one logical thread at a time.</remarks>
internal sealed class ExecutionContext
{
    private FieldCollector? _collector;
    private Dictionary<FieldPlan, CoercedArguments>? _argumentsFromVariables;

    private ExecutionContext(
        Schema schema, OperationPlan plan, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments,
        IReadOnlyDictionary<string, object?> variableValues, ObjectType rootType, RequestOptions request,
        RequestExecutorOptions options, ILogger logger)
    {
        Schema = schema;
        Plan = plan;
        Fragments = fragments;
        VariableValues = variableValues;
        RootType = rootType;
        Request = request;
        Options = options;
        Logger = logger;
    }

    public Schema Schema { get; }

    /// <summary>The operation to run, with the grouped field sets earlier requests have collected for it.</summary>
    public OperationPlan Plan { get; }

    public OperationDefinitionNode Operation => Plan.Operation;

    public IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments { get; }

    public IReadOnlyDictionary<string, object?> VariableValues { get; }

    public ObjectType RootType { get; }

    public RequestOptions Request { get; }

    public RequestExecutorOptions Options { get; }

    public ILogger Logger { get; }

    public FieldCollector Collector => _collector ??= new FieldCollector(this);

    /// <summary>The coerced arguments of a field whose arguments use variables, coerced once for this request.</summary>
    public CoercedArguments ArgumentsFromVariables(FieldPlan field)
    {
        _argumentsFromVariables ??= [];
        if (!_argumentsFromVariables.TryGetValue(field, out var arguments))
        {
            arguments = field.CoerceArguments(VariableValues);
            _argumentsFromVariables.Add(field, arguments);
        }

        return arguments;
    }

    /// <summary>
    /// Selects the operation (GetOperation, spec §6.1), checks that its root type exists and that the
    /// request may run its kind, and coerces the variables (CoerceVariableValues, §6.1.2).
    /// </summary>
    /// <returns>The context, or null with <paramref name="refusal"/> saying why nothing can run.</returns>
    public static ExecutionContext? BuildExecutionContext(
        Schema schema, ValidatedDocument document, GraphQLRequest request, RequestOptions options,
        RequestExecutorOptions executorOptions, ILogger logger, out RequestRefusal? refusal)
    {
        var operationName = string.IsNullOrEmpty(request.OperationName) ? null : request.OperationName;
        OperationPlan? plan = null;
        var operationCount = document.Operations.Count;
        for (var i = 0; i < operationCount; i++)
        {
            var candidate = document.Operations[i];
            if (operationName is null || candidate.Operation.Name?.Value == operationName)
            {
                plan = candidate;
                break;
            }
        }

        var operation = plan?.Operation;
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

        var variables = LiteralCoercion.NoArguments;
        if (operation.VariableDefinitions.Count > 0)
        {
            var errors = new List<GraphQLError>();
            variables = VariableCoercion.CoerceVariableValues(schema, operation, request.Variables, errors);
            if (errors.Count > 0)
            {
                refusal = new RequestRefusal(RequestFailure.InvalidRequest, errors);
                return null;
            }
        }

        return new ExecutionContext(schema, plan!, document.Fragments, variables, rootType, options, executorOptions, logger);
    }

    private static RequestRefusal Invalid(GraphQLError error) => new(RequestFailure.InvalidRequest, [error]);
}

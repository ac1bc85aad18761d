using System.Globalization;
using System.Reflection;
using Actors.GraphQL.Errors;
using Actors.GraphQL.Language;
using Actors.GraphQL.Types;

namespace Actors.GraphQL.Execution;

/// <summary>Every error message the executor writes, one method each, with its <c>extensions.code</c>.</summary>
internal static class ExecutionErrors
{
    public const string UnexpectedMessage = "Unexpected Execution Error";

    public static IReadOnlyList<SourceLocation>? LocationsOf(SyntaxNode node) =>
        node.Location is { } location ? [new SourceLocation(location.Line, location.Column)] : null;

    public static IReadOnlyList<SourceLocation>? LocationsOf(IReadOnlyList<FieldNode> nodes)
    {
        List<SourceLocation>? locations = null;
        foreach (var node in nodes)
        {
            if (node.Location is { } location)
            {
                (locations ??= new List<SourceLocation>(nodes.Count)).Add(new SourceLocation(location.Line, location.Column));
            }
        }

        return locations;
    }

    public static GraphQLError Syntax(GraphQLSyntaxError error) =>
        GraphQLError.WithCode(error.Message, error.Code, [new SourceLocation(error.Line, error.Column)]);

    public static GraphQLError NoDocument() =>
        GraphQLError.WithCode("The request has no document: send \"query\", or the \"documentId\" of a persisted document.", ExecutionErrorCodes.MissingDocument);

    public static GraphQLError PersistedDocumentsNotEnabled() =>
        GraphQLError.WithCode("Persisted documents are not enabled on this server: send the document as \"query\".", ExecutionErrorCodes.MissingDocument);

    public static GraphQLError PersistedDocumentNotFound(string documentId) =>
        GraphQLError.WithCode($"No persisted document has the id \"{documentId}\".", ExecutionErrorCodes.MissingDocument);

    public static GraphQLError NoOperation() =>
        GraphQLError.WithCode("Must provide an operation.", ExecutionErrorCodes.OperationResolutionFailure);

    public static GraphQLError OperationNameRequired() =>
        GraphQLError.WithCode("Must provide operation name if query contains multiple operations.", ExecutionErrorCodes.OperationResolutionFailure);

    public static GraphQLError UnknownOperation(string name) =>
        GraphQLError.WithCode($"Unknown operation named \"{name}\".", ExecutionErrorCodes.OperationResolutionFailure);

    public static GraphQLError NoRootType(OperationDefinitionNode operation) =>
        GraphQLError.WithCode(
            $"Schema is not configured to execute {Keyword(operation.Operation)} operation.", ExecutionErrorCodes.OperationResolutionFailure, LocationsOf(operation));

    public static GraphQLError MutationNotAllowed(OperationDefinitionNode operation) =>
        GraphQLError.WithCode(
            "Mutations cannot be executed by this request; send them with HTTP POST.", ExecutionErrorCodes.OperationNotAllowed, LocationsOf(operation));

    public static GraphQLError SubscriptionNotAllowed(OperationDefinitionNode operation) =>
        GraphQLError.WithCode(
            "Subscriptions cannot be executed by this request; use a WebSocket (graphql-transport-ws) or Server-Sent Events.",
            ExecutionErrorCodes.OperationNotAllowed, LocationsOf(operation));

    public static GraphQLError SubscriptionRootFieldCount(OperationDefinitionNode operation) =>
        GraphQLError.WithCode(
            "A subscription operation must select exactly one top-level field.", ExecutionErrorCodes.OperationResolutionFailure, LocationsOf(operation));

    public static GraphQLError SkipIncludeInvalid(DirectiveNode directive) =>
        GraphQLError.WithCode(
            $"Directive \"@{directive.Name.Value}\" argument \"if\" must be a Boolean.", ExecutionErrorCodes.BadUserInput, LocationsOf(directive));

    public static FieldErrorException NoSubscriber(FieldPlan field) =>
        new($"Subscription field \"{field.ParentType.Name}.{field.Definition.Name}\" has no source stream resolver.", ExecutionErrorCodes.InternalServerError);

    public static FieldErrorException NullSourceStream(FieldPlan field) =>
        new($"The source stream resolver of \"{field.ParentType.Name}.{field.Definition.Name}\" returned null instead of a stream.", ExecutionErrorCodes.InternalServerError);

    public static FieldErrorException NonNullViolation(FieldPlan field) =>
        new($"Cannot return null for non-nullable field {field.ParentType.Name}.{field.Definition.Name}.", ExecutionErrorCodes.NonNullViolation);

    public static FieldErrorException NotAList(FieldPlan field) =>
        new($"Expected Iterable, but did not find one for field \"{field.ParentType.Name}.{field.Definition.Name}\".", ExecutionErrorCodes.InvalidFieldResult);

    public static FieldErrorException NotSerializable(CoercionException exception) =>
        new(exception.Message, ExecutionErrorCodes.InvalidFieldResult);

    public static FieldErrorException UnresolvedAbstractType(INamedType abstractType, FieldPlan field, string typeName) =>
        new($"Abstract type \"{abstractType.Name}\" must resolve to an Object type at runtime for field \"{field.ParentType.Name}.{field.Definition.Name}\": "
            + $"no object type is named \"{typeName}\". Set ResolveType on \"{abstractType.Name}\", or return values that implement IGraphQLTyped.",
            ExecutionErrorCodes.InvalidFieldResult);

    public static FieldErrorException ImpossibleType(ObjectType runtimeType, INamedType abstractType) =>
        new($"Runtime Object type \"{runtimeType.Name}\" is not a possible type for \"{abstractType.Name}\".", ExecutionErrorCodes.InvalidFieldResult);

    public static FieldErrorException InvalidArguments(string message) => new(message, ExecutionErrorCodes.BadUserInput);

    public static string TimeoutMessage(TimeSpan timeout) =>
        $"The operation did not complete within the execution timeout of {timeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s.";

    public static GraphQLError NotExecuted(TimeSpan timeout, int fieldCount) =>
        GraphQLError.WithCode(
            $"{TimeoutMessage(timeout)} {fieldCount} field(s) that had not started were not executed.", ExecutionErrorCodes.ExecutionTimeout);

    /// <summary>
    /// LocatedError: the error of a field at <paramref name="path"/> — a <see cref="GraphQLException"/> (or what
    /// <see cref="RequestExecutorOptions.TranslateException"/> makes of the exception) as it is, the executor's own
    /// errors with their codes, anything else (logged) as "Unexpected Execution Error".
    /// </summary>
    public static GraphQLError FieldError(Exception exception, FieldPlan field, ResponsePath path, ExecutionContext context)
    {
        exception = Unwrap(exception);
        if (exception is not GraphQLException && context.Options.TranslateException?.Invoke(exception) is { } translated)
        {
            exception = translated;
        }

        var logger = context.Logger;
        var locations = field.Locations;
        var segments = path.ToArray();
        switch (exception)
        {
            case GraphQLException expected:
                return new GraphQLError(expected.Message, locations, segments, expected.ErrorExtensions(), expected);
            case FieldErrorException own:
                return new GraphQLError(own.Message, locations, segments, Code(own.Code), own);
            default:
                ExecutionLog.ResolverFailed(logger, exception, $"{field.ParentType.Name}.{field.Definition.Name}", path.ToString());
                return new GraphQLError(UnexpectedMessage, locations, segments, Code(ExecutionErrorCodes.InternalServerError), exception);
        }
    }

    /// <summary>The exception a reflection call or a task wrapped around the resolver's own.</summary>
    public static Exception Unwrap(Exception exception)
    {
        while (true)
        {
            switch (exception)
            {
                case TargetInvocationException { InnerException: { } inner }:
                    exception = inner;
                    break;
                case AggregateException { InnerExceptions.Count: 1 } aggregate:
                    exception = aggregate.InnerExceptions[0];
                    break;
                default:
                    return exception;
            }
        }
    }

    public static IReadOnlyDictionary<string, object?> Code(string code) => new Dictionary<string, object?>(1) { ["code"] = code };

    private static string Keyword(OperationType operation) => operation switch
    {
        OperationType.Query => "query",
        OperationType.Mutation => "mutation",
        _ => "subscription",
    };
}

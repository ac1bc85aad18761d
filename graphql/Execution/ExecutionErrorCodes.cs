namespace Actors.GraphQL.Execution;

/// <summary>
/// The <c>extensions.code</c> values of the errors the executor makes itself. Syntax errors carry the
/// parser's codes (<c>SyntaxErrorCodes</c>) and validation errors the validator's (<c>ValidationErrorCodes</c>);
/// a <see cref="GraphQLException"/> carries its own.
/// </summary>
public static class ExecutionErrorCodes
{
    /// <summary>The request has neither a document nor a persisted document id, or the id is unknown.</summary>
    public const string MissingDocument = "MISSING_DOCUMENT";

    /// <summary>No operation to run: several operations and no name, an unknown name, or no operation at all.</summary>
    public const string OperationResolutionFailure = "OPERATION_RESOLUTION_FAILURE";

    /// <summary>The operation's type is not allowed on this request (a mutation over HTTP GET, a subscription over plain HTTP).</summary>
    public const string OperationNotAllowed = "OPERATION_NOT_ALLOWED";

    /// <summary>A variable or argument value does not coerce to its type.</summary>
    public const string BadUserInput = "BAD_USER_INPUT";

    /// <summary>A resolver failed with an exception that is not a <see cref="GraphQLException"/>.</summary>
    public const string InternalServerError = "INTERNAL_SERVER_ERROR";

    /// <summary>A non-null field (or list item) resolved to null.</summary>
    public const string NonNullViolation = "NON_NULL_VIOLATION";

    /// <summary>A resolved value does not fit the field's type: not a list, not serializable, or of no possible object type.</summary>
    public const string InvalidFieldResult = "INVALID_FIELD_RESULT";

    /// <summary>The operation did not finish within <see cref="RequestExecutorOptions.ExecutionTimeout"/>.</summary>
    public const string ExecutionTimeout = "EXECUTION_TIMEOUT";
}

namespace Actors.GraphQL.Validation;

/// <summary><c>extensions.code</c> of validation errors.</summary>
public static class ValidationErrorCodes
{
    public const string Failed = "GRAPHQL_VALIDATION_FAILED";

    public const string Aborted = "GRAPHQL_VALIDATION_ABORTED";
}

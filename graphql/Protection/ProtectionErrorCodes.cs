namespace Actors.GraphQL.Protection;

/// <summary><c>extensions.code</c> of the errors the protection limits answer with.</summary>
public static class ProtectionErrorCodes
{
    public const string MaxDepthExceeded = "MAX_DEPTH_EXCEEDED";
    public const string MaxCostExceeded = "MAX_COST_EXCEEDED";
    public const string IntrospectionDisabled = "INTROSPECTION_DISABLED";
    public const string PersistedOperationNotFound = "PERSISTED_OPERATION_NOT_FOUND";
    public const string PersistedOperationsOnly = "PERSISTED_OPERATIONS_ONLY";
}

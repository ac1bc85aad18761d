namespace Actors.GraphQL.Execution;

/// <summary>
/// A check the <see cref="RequestExecutor"/> runs on every request after it has parsed and validated the
/// document, selected the operation and coerced the variables, and before anything executes: the place
/// for protection such as depth limits, cost analysis, an introspection switch or a trusted-documents
/// policy. Rules run in the order of <see cref="RequestExecutorOptions.RequestRules"/>; the first refusal
/// ends the request with its <see cref="RequestRefusal.Failure"/> and errors, and nothing executes.
/// </summary>
public interface IRequestRule
{
    /// <returns>Null to let the request go on, or why it is refused.</returns>
    ValueTask<RequestRefusal?> CheckAsync(RequestRuleContext context, CancellationToken cancellationToken);
}

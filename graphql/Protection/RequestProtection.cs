using Actors.GraphQL.Errors;
using Actors.GraphQL.Execution;
using Actors.GraphQL.Language;
using Actors.GraphQL.Types;

namespace Actors.GraphQL.Protection;

/// <summary>
/// Applies <see cref="ProtectionOptions"/> to a request after validation, before it runs: the persisted-only
/// policy, then introspection, depth and cost of the selected operation. Each refusal is a GraphQL error
/// with a code from <see cref="ProtectionErrorCodes"/>. Add it to <c>RequestExecutorOptions.RequestRules</c>.
/// </summary>
public sealed class RequestProtection(ProtectionOptions options) : IRequestRule
{
    public ProtectionOptions Options => options;

    public ValueTask<RequestRefusal?> CheckAsync(RequestRuleContext context, CancellationToken cancellationToken)
    {
        if (options.OnlyPersistedOperations && !context.IsPersistedDocument)
        {
            return Refusal(GraphQLError.WithCode(
                "This server runs persisted operations only: send the operation's documentId instead of its text.",
                ProtectionErrorCodes.PersistedOperationsOnly));
        }

        return Check(context.Schema, context.Document, context.Operation, context.Variables) is { } error
            ? Refusal(error)
            : ValueTask.FromResult<RequestRefusal?>(null);
    }

    /// <summary>The first limit <paramref name="operation"/> breaks, or null.</summary>
    public GraphQLError? Check(Schema schema, DocumentNode document, OperationDefinitionNode operation, IReadOnlyDictionary<string, object?>? variables)
    {
        if (!options.AllowIntrospection && FindIntrospection(document, operation) is { } field)
        {
            return Refuse("Introspection is not allowed on this server.", ProtectionErrorCodes.IntrospectionDisabled, field);
        }

        if (options.MaxDepth > 0)
        {
            var depth = OperationDepth.Measure(document, operation);
            if (depth > options.MaxDepth)
            {
                return Refuse($"The operation nests fields {depth} levels deep; the maximum is {options.MaxDepth}.", ProtectionErrorCodes.MaxDepthExceeded, operation);
            }
        }

        var (fieldCost, typeCost) = OperationCost.Measure(schema, document, operation, variables, options.Cost);
        if (fieldCost > options.Cost.MaxFieldCost)
        {
            return Refuse($"The operation's field cost is {fieldCost:0}; the maximum is {options.Cost.MaxFieldCost:0}.", ProtectionErrorCodes.MaxCostExceeded, operation);
        }

        if (typeCost > options.Cost.MaxTypeCost)
        {
            return Refuse($"The operation's type cost is {typeCost:0}; the maximum is {options.Cost.MaxTypeCost:0}.", ProtectionErrorCodes.MaxCostExceeded, operation);
        }

        return null;
    }

    private static FieldNode? FindIntrospection(DocumentNode document, OperationDefinitionNode operation)
    {
        var fragments = document.Definitions.OfType<FragmentDefinitionNode>().GroupBy(f => f.Name.Value).ToDictionary(g => g.Key, g => g.First());
        var pending = new Stack<SelectionSetNode>();
        var seen = new HashSet<string>();
        pending.Push(operation.SelectionSet);
        while (pending.TryPop(out var set))
        {
            foreach (var selection in set.Selections)
            {
                switch (selection)
                {
                    case FieldNode { Name.Value: "__schema" or "__type" } field:
                        return field;
                    case FieldNode { SelectionSet: { } inner }:
                        pending.Push(inner);
                        break;
                    case InlineFragmentNode inline:
                        pending.Push(inline.SelectionSet);
                        break;
                    case FragmentSpreadNode spread when seen.Add(spread.Name.Value) && fragments.TryGetValue(spread.Name.Value, out var fragment):
                        pending.Push(fragment.SelectionSet);
                        break;
                }
            }
        }

        return null;
    }

    private static ValueTask<RequestRefusal?> Refusal(GraphQLError error) =>
        ValueTask.FromResult<RequestRefusal?>(new RequestRefusal(RequestFailure.LimitExceeded, [error]));

    private static GraphQLError Refuse(string message, string code, SyntaxNode node) =>
        GraphQLError.WithCode(message, code, node.Location is { } l ? [new SourceLocation(l.Line, l.Column)] : null);
}

using System.Text.Json;
using Actors.GraphQL.Errors;
using Actors.GraphQL.Execution;
using Actors.GraphQL.Language;
using Actors.GraphQL.Types;

namespace Actors.GraphQL.Protection;

/// <summary>
/// Applies <see cref="ProtectionOptions"/> to a request: resolves persisted operations before parsing,
/// then checks introspection, depth and cost of the selected operation before it runs. Each refusal is a
/// GraphQL error with a code from <see cref="ProtectionErrorCodes"/>.
/// </summary>
public sealed class RequestProtection(ProtectionOptions options)
{
    public ProtectionOptions Options => options;

    /// <summary>The document text to run, or the error that refuses the request.</summary>
    public (string? Document, GraphQLError? Error) ResolveDocument(GraphQLRequest request)
    {
        var id = request.DocumentId ?? PersistedQueryHash(request.Extensions);
        if (id is not null)
        {
            if (options.PersistedOperations is { } store && store.TryGet(id, out var document))
            {
                return (document, null);
            }

            if (request.Query is null || options.OnlyPersistedOperations)
            {
                return (null, GraphQLError.WithCode($"No persisted operation has the id \"{id}\".", ProtectionErrorCodes.PersistedOperationNotFound));
            }
        }

        if (options.OnlyPersistedOperations)
        {
            return (null, GraphQLError.WithCode(
                "This server runs persisted operations only: send the operation's documentId instead of its text.",
                ProtectionErrorCodes.PersistedOperationsOnly));
        }

        return (request.Query, null);
    }

    /// <summary>The first limit <paramref name="operation"/> breaks, or null.</summary>
    public GraphQLError? Check(Schema schema, DocumentNode document, OperationDefinitionNode operation, IReadOnlyDictionary<string, JsonElement>? variables)
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

    private static string? PersistedQueryHash(JsonElement? extensions) =>
        extensions is { ValueKind: JsonValueKind.Object } e
        && e.TryGetProperty("persistedQuery", out var persisted) && persisted.ValueKind == JsonValueKind.Object
        && persisted.TryGetProperty("sha256Hash", out var hash) && hash.ValueKind == JsonValueKind.String
            ? hash.GetString()
            : null;

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

    private static GraphQLError Refuse(string message, string code, SyntaxNode node) =>
        GraphQLError.WithCode(message, code, node.Location is { } l ? [new SourceLocation(l.Line, l.Column)] : null);
}

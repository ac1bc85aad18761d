using System.Security.Claims;
using Actors.GraphQL.DataLoader;
using Actors.GraphQL.Execution;
using Actors.GraphQL.Language;
using Actors.GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Actors.GraphQL.Tests.Binding;

/// <summary>Calls bound resolvers directly, with hand-made resolver contexts.</summary>
internal sealed class Resolve(Schema schema, IServiceProvider? services = null)
{
    /// <summary>The request state shared by the contexts this instance makes (one request).</summary>
    public Dictionary<Type, object> RequestState { get; } = [];

    public ClaimsPrincipal? User { get; init; }

    public IReadOnlyDictionary<string, object?> ContextData { get; init; } = new Dictionary<string, object?>();

    public static IServiceProvider Services(JobStore store) =>
        new ServiceCollection().AddSingleton(store).BuildServiceProvider();

    public ResolverContext Context(
        string typeName, string fieldName, IReadOnlyDictionary<string, object?>? arguments = null, object? parent = null,
        CancellationToken cancellationToken = default)
    {
        var type = (ObjectType)schema.GetType(typeName)!;
        return new ResolverContext
        {
            Parent = parent,
            ParentType = type,
            Field = type.Field(fieldName)!,
            Selection = new FieldNode(null, new NameNode(fieldName), [], [], null),
            Arguments = arguments ?? new Dictionary<string, object?>(),
            Request = new RequestOptions { Services = services, User = User, ContextData = ContextData },
            Path = [fieldName],
            CancellationToken = cancellationToken,
            RequestState = RequestState,
        };
    }

    /// <summary>Runs the field's bound resolver.</summary>
    public async Task<object?> FieldAsync(
        string typeName, string fieldName, IReadOnlyDictionary<string, object?>? arguments = null, object? parent = null,
        CancellationToken cancellationToken = default)
    {
        var context = Context(typeName, fieldName, arguments, parent, cancellationToken);
        return await context.Field.Resolver!(context);
    }

    /// <summary>Runs the subscription field's bound subscriber and collects its events.</summary>
    public async Task<List<object?>> EventsAsync(string fieldName, IReadOnlyDictionary<string, object?>? arguments = null)
    {
        var context = Context("Subscription", fieldName, arguments);
        var events = new List<object?>();
        await foreach (var item in await context.Field.Subscriber!(context))
        {
            events.Add(item);
        }

        return events;
    }

    /// <summary>Dispatches the request's DataLoader scope (as the executor does after a level) until <paramref name="work"/> completes.</summary>
    public async Task<T> DispatchedAsync<T>(Task<T> work)
    {
        if (RequestState.TryGetValue(typeof(DataLoaderScope), out var scope))
        {
            await ((DataLoaderScope)scope).DispatchUntilCompleteAsync(work);
        }

        return await work;
    }

    public static Dictionary<string, object?> Args(params (string Name, object? Value)[] arguments) =>
        arguments.ToDictionary(a => a.Name, a => a.Value);
}

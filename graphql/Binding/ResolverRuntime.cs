using System.Runtime.CompilerServices;
using Actors.GraphQL.DataLoader;
using Actors.GraphQL.Execution;
using Microsoft.Extensions.DependencyInjection;

namespace Actors.GraphQL.Binding;

/// <summary>
/// The helpers that compiled resolvers call: parameter values (argument, parent, service, DataLoader), resolver class
/// instances, and the adaptation of T, Task&lt;T&gt;, ValueTask&lt;T&gt; and IAsyncEnumerable&lt;T&gt; to the engine's delegates.
/// Their generic forms are picked once at startup; nothing here looks anything up by reflection.
/// </summary>
internal static class ResolverRuntime
{
    public static IServiceProvider Services(ResolverContext context) => context.Request.Services ?? EmptyServices.Instance;

    public static T Create<T>(ResolverContext context, ObjectFactory factory) => (T)factory(Services(context), null);

    public static T Parent<T>(ResolverContext context, string coordinate) => context.Parent switch
    {
        T parent => parent,
        null when default(T) is null => default!,
        null => throw new InvalidOperationException($"{coordinate}: the parent value is null, but the resolver needs a {ClrTypes.Display(typeof(T))}."),
        var other => throw new InvalidOperationException(
            $"{coordinate}: the parent value is a {ClrTypes.Display(other.GetType())}, but the resolver needs a {ClrTypes.Display(typeof(T))}."),
    };

    public static T Argument<T>(ResolverContext context, ArgumentSlot slot)
    {
        if (!context.Arguments.TryGetValue(slot.Name, out var raw))
        {
            return (T)slot.WhenAbsent!;
        }

        object? value;
        try
        {
            value = slot.Convert(raw);
        }
        catch (ArgumentConversionException e)
        {
            throw new ArgumentConversionException($"Argument \"{slot.Name}\" of {slot.Coordinate}: {e.Message}.", e);
        }

        return (T)(value ?? slot.WhenNull)!;
    }

    public static T Service<T>(ResolverContext context, ServiceSlot slot)
    {
        if (context.Request.Services?.GetService(typeof(T)) is T service)
        {
            return service;
        }

        return slot.Optional
            ? default!
            : throw new InvalidOperationException(
                $"{slot.Coordinate}: {slot.Member} needs the service {ClrTypes.Display(typeof(T))}, which the request's services do not provide.");
    }

    /// <summary>The request's instance of loader <typeparamref name="T"/>, from the DataLoader scope in the request state (created when the executor has not put one there).</summary>
    public static T Loader<T>(ResolverContext context, ObjectFactory factory)
        where T : DataLoaderBase
    {
        var state = context.RequestState;
        if (!state.TryGetValue(typeof(DataLoaderScope), out var scope))
        {
            lock (state)
            {
                if (!state.TryGetValue(typeof(DataLoaderScope), out scope))
                {
                    scope = new DataLoaderScope(DispatchMode.Automatic, context.CancellationToken);
                    state[typeof(DataLoaderScope)] = scope;
                }
            }
        }

        return ((DataLoaderScope)scope).GetOrCreate(() => (T)factory(Services(context), null));
    }

    public static ValueTask<object?> FromTask<T>(Task<T> task) =>
        task.IsCompletedSuccessfully ? new ValueTask<object?>(task.Result) : Await(task);

    public static ValueTask<object?> FromValueTask<T>(ValueTask<T> task) =>
        task.IsCompletedSuccessfully ? new ValueTask<object?>(task.Result) : Await(task.AsTask());

    /// <summary>A list field served by an IAsyncEnumerable: the items, collected.</summary>
    public static async ValueTask<object?> Collect<T>(IAsyncEnumerable<T> items, CancellationToken cancellationToken)
    {
        var list = new List<object?>();
        await foreach (var item in items.WithCancellation(cancellationToken))
        {
            list.Add(item);
        }

        return list;
    }

    public static ValueTask<IAsyncEnumerable<object?>> Stream<T>(IAsyncEnumerable<T> events) => new(Box(events));

    public static async ValueTask<IAsyncEnumerable<object?>> StreamFromTask<T>(Task<IAsyncEnumerable<T>> events) =>
        Box(await events);

    public static async ValueTask<IAsyncEnumerable<object?>> StreamFromValueTask<T>(ValueTask<IAsyncEnumerable<T>> events) =>
        Box(await events);

    /// <summary>On a subscription field: each event is the field's value.</summary>
    public static ValueTask<object?> Event(ResolverContext context) => new(context.Parent);

    private static async ValueTask<object?> Await<T>(Task<T> task) => await task;

    private static IAsyncEnumerable<object?> Box<T>(IAsyncEnumerable<T> events) =>
        events as IAsyncEnumerable<object?> ?? BoxEach(events);

    private static async IAsyncEnumerable<object?> BoxEach<T>(IAsyncEnumerable<T> events, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var item in events.WithCancellation(cancellationToken))
        {
            yield return item;
        }
    }

    private sealed class EmptyServices : IServiceProvider
    {
        public static readonly EmptyServices Instance = new();

        public object? GetService(Type serviceType) => null;
    }
}

/// <summary>What <see cref="ResolverRuntime.Argument{T}"/> needs to know about one parameter that takes an argument.</summary>
internal sealed record ArgumentSlot(string Name, string Coordinate, Func<object?, object?> Convert, object? WhenAbsent, object? WhenNull);

/// <summary>What <see cref="ResolverRuntime.Service{T}"/> needs to know about one parameter that takes a service.</summary>
internal sealed record ServiceSlot(string Coordinate, string Member, bool Optional);

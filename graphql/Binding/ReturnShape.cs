namespace Actors.GraphQL.Binding;

/// <summary>How a resolver hands back its value.</summary>
internal enum ReturnKind
{
    /// <summary>void, Task or ValueTask: no value.</summary>
    None,

    /// <summary>T.</summary>
    Value,

    /// <summary>Task&lt;T&gt;.</summary>
    Task,

    /// <summary>ValueTask&lt;T&gt;.</summary>
    ValueTask,

    /// <summary>IAsyncEnumerable&lt;T&gt;.</summary>
    Stream,

    /// <summary>Task&lt;IAsyncEnumerable&lt;T&gt;&gt;.</summary>
    TaskOfStream,

    /// <summary>ValueTask&lt;IAsyncEnumerable&lt;T&gt;&gt;.</summary>
    ValueTaskOfStream,
}

/// <summary>A resolver's return type taken apart: its kind and the type of the value (of each event, for streams).</summary>
internal readonly record struct ReturnShape(ReturnKind Kind, Type ValueType)
{
    public bool IsStream => Kind is ReturnKind.Stream or ReturnKind.TaskOfStream or ReturnKind.ValueTaskOfStream;

    public static ReturnShape Of(Type type)
    {
        if (type == typeof(void) || type == typeof(Task) || type == typeof(ValueTask))
        {
            return new(ReturnKind.None, type);
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Task<>))
        {
            var result = type.GetGenericArguments()[0];
            return StreamElement(result) is { } element ? new(ReturnKind.TaskOfStream, element) : new(ReturnKind.Task, result);
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ValueTask<>))
        {
            var result = type.GetGenericArguments()[0];
            return StreamElement(result) is { } element ? new(ReturnKind.ValueTaskOfStream, element) : new(ReturnKind.ValueTask, result);
        }

        return StreamElement(type) is { } item ? new(ReturnKind.Stream, item) : new(ReturnKind.Value, type);
    }

    private static Type? StreamElement(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IAsyncEnumerable<>) ? type.GetGenericArguments()[0] : null;
}

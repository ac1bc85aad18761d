using System.Linq.Expressions;
using System.Reflection;
using Actors.GraphQL.Execution;
using Actors.GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Actors.GraphQL.Binding;

/// <summary>
/// Turns a resolver member bound to a field into the expression of a <see cref="FieldResolver"/> (or
/// <see cref="SubscriptionResolver"/>), compiled once when installed, checking on the way that its parameters can be filled and that its return
/// type fits the field. Problems are collected in <see cref="Problems"/>, each naming the schema coordinate.
/// </summary>
internal sealed partial class ResolverCompiler(
    Schema schema, IReadOnlyDictionary<ObjectType, Type> runtimeTypes, IServiceProviderIsService? services)
{
    private static readonly ConstructorInfo _valueTaskOfObject = typeof(ValueTask<object?>).GetConstructor([typeof(object)])!;

    private readonly OutputTypeCheck _output = new(schema, runtimeTypes);
    private readonly InputConversion _input = new();
    private readonly Dictionary<Type, ObjectFactory?> _factories = [];

    public List<string> Problems { get; } = [];

    public BoundField? Compile(ObjectType parentType, FieldDefinition field, ResolverMember member)
    {
        var coordinate = $"{parentType.Name}.{field.Name}";
        var context = Expression.Parameter(typeof(ResolverContext), "context");
        var subscription = ReferenceEquals(parentType, schema.SubscriptionType);
        var shape = ReturnShape.Of(member.ReturnType);
        var returnFits = CheckReturn(coordinate, field, member, shape, subscription);
        var value = Access(parentType, field, member, coordinate, context);
        if (value is null || !returnFits)
        {
            return null;
        }

        if (subscription)
        {
            var stream = shape.Kind switch
            {
                ReturnKind.Stream => nameof(ResolverRuntime.Stream),
                ReturnKind.TaskOfStream => nameof(ResolverRuntime.StreamFromTask),
                _ => nameof(ResolverRuntime.StreamFromValueTask),
            };
            var subscribe = Guard<ValueTask<IAsyncEnumerable<object?>>>(Runtime(stream, shape.ValueType, value));
            return new BoundField(field, null, Expression.Lambda<SubscriptionResolver>(subscribe, context));
        }

        Expression body = shape.Kind switch
        {
            ReturnKind.Value => Expression.New(_valueTaskOfObject, Expression.Convert(value, typeof(object))),
            ReturnKind.Task => Runtime(nameof(ResolverRuntime.FromTask), shape.ValueType, value),
            ReturnKind.ValueTask => Runtime(nameof(ResolverRuntime.FromValueTask), shape.ValueType, value),
            _ => Runtime(nameof(ResolverRuntime.Collect), shape.ValueType, value, Expression.Property(context, nameof(ResolverContext.CancellationToken))),
        };
        return new BoundField(field, Expression.Lambda<FieldResolver>(Guard<ValueTask<object?>>(body), context), null);
    }

    private bool CheckReturn(string coordinate, FieldDefinition field, ResolverMember member, ReturnShape shape, bool subscription)
    {
        var returns = $"{coordinate}: {member.Display} returns {ClrTypes.Display(member.ReturnType)}";
        string? problem = null;
        if (shape.Kind == ReturnKind.None)
        {
            problem = $"{returns}, which has no value";
        }
        else if (subscription && !shape.IsStream)
        {
            problem = $"{returns}, but a subscription field needs IAsyncEnumerable<T>";
        }
        else if (subscription)
        {
            problem = _output.Check(shape.ValueType, field.Type) is { } reason
                ? $"{coordinate}: {member.Display} yields {ClrTypes.Display(shape.ValueType)}, {reason}"
                : null;
        }
        else if (shape.Kind is ReturnKind.TaskOfStream or ReturnKind.ValueTaskOfStream)
        {
            problem = $"{returns}, which only a subscription field can take";
        }
        else
        {
            var served = shape.Kind == ReturnKind.Stream ? member.ReturnType : shape.ValueType;
            problem = _output.Check(served, field.Type) is { } reason ? $"{returns}, {reason}" : null;
        }

        if (problem is not null)
        {
            Problems.Add(problem);
        }

        return problem is null;
    }

    /// <summary>The expression that reads the member: a call with every parameter filled, or a property read.</summary>
    private Expression? Access(ObjectType parentType, FieldDefinition field, ResolverMember member, string coordinate, ParameterExpression context)
    {
        if (member.Member is MethodInfo { ContainsGenericParameters: true })
        {
            Problems.Add($"{coordinate}: {member.Display} is generic, so it cannot be a resolver");
            return null;
        }

        Expression? instance = null;
        if (member.OnParent)
        {
            instance = Runtime(nameof(ResolverRuntime.Parent), member.Owner, context, Expression.Constant(coordinate));
        }
        else if (!member.IsStatic)
        {
            if (Factory(member.Owner) is not { } factory)
            {
                return null;
            }

            instance = Runtime(nameof(ResolverRuntime.Create), member.Owner, context, Expression.Constant(factory));
        }

        if (member.Member is PropertyInfo property)
        {
            return Expression.Property(instance, property);
        }

        var method = (MethodInfo)member.Member;
        var arguments = method.GetParameters()
            .Select(p => BindParameter(p, parentType, field, coordinate, member, context))
            .ToList();
        return arguments.Any(a => a is null) ? null : Expression.Call(instance, method, arguments!);
    }

    /// <summary>Creates instances of <paramref name="type"/> from the request's services; null (and a problem) when it cannot.</summary>
    private ObjectFactory? Factory(Type type)
    {
        if (_factories.TryGetValue(type, out var known))
        {
            return known;
        }

        try
        {
            known = ActivatorUtilities.CreateFactory(type, Type.EmptyTypes);
        }
        catch (InvalidOperationException e)
        {
            Problems.Add($"{ClrTypes.Display(type)} cannot be created per request: {e.Message}");
        }

        _factories[type] = known;
        return known;
    }

    /// <summary>Turns an exception thrown while calling into a faulted result, as an async resolver's would be.</summary>
    private static TryExpression Guard<TResult>(Expression body)
    {
        var exception = Expression.Parameter(typeof(Exception), "exception");
        var fail = typeof(ValueTask).GetMethods()
            .Single(m => m.Name == nameof(ValueTask.FromException) && m.IsGenericMethodDefinition)
            .MakeGenericMethod(typeof(TResult).GetGenericArguments()[0]);
        return Expression.TryCatch(body, Expression.Catch(exception, Expression.Call(fail, exception)));
    }

    private static MethodCallExpression Runtime(string name, Type typeArgument, params Expression[] arguments) =>
        Expression.Call(typeof(ResolverRuntime).GetMethod(name)!.MakeGenericMethod(typeArgument), arguments);
}

using System.Linq.Expressions;
using System.Reflection;
using System.Security.Claims;
using Actors.GraphQL.DataLoader;
using Actors.GraphQL.Execution;
using Actors.GraphQL.Types;

namespace Actors.GraphQL.Binding;

/// <summary>
/// Filling resolver parameters by convention: the request's CancellationToken, ResolverContext, RequestOptions,
/// ClaimsPrincipal and IServiceProvider; the parent (<see cref="ParentAttribute"/>, or the parent type's runtime type);
/// a field argument of the same name, converted; a DataLoader from the request's scope; else a request service.
/// </summary>
internal sealed partial class ResolverCompiler
{
    private Expression? BindParameter(
        ParameterInfo parameter, ObjectType parentType, FieldDefinition field, string coordinate, ResolverMember member,
        ParameterExpression context)
    {
        var type = parameter.ParameterType;
        var described = $"{coordinate}: {member.Display} parameter \"{parameter.Name}\" ({ClrTypes.Display(type)})";
        if (type.IsByRef || type.IsPointer)
        {
            Problems.Add($"{described} is passed by reference");
            return null;
        }

        var request = Expression.Property(context, nameof(ResolverContext.Request));
        if (type == typeof(CancellationToken))
        {
            return Expression.Property(context, nameof(ResolverContext.CancellationToken));
        }

        if (type == typeof(ResolverContext))
        {
            return context;
        }

        if (type == typeof(RequestOptions))
        {
            return request;
        }

        if (type == typeof(ClaimsPrincipal))
        {
            return Expression.Property(request, nameof(RequestOptions.User));
        }

        if (type == typeof(IServiceProvider))
        {
            return Expression.Call(typeof(ResolverRuntime).GetMethod(nameof(ResolverRuntime.Services))!, context);
        }

        var runtime = runtimeTypes.GetValueOrDefault(parentType);
        if (parameter.IsDefined(typeof(ParentAttribute)))
        {
            if (runtime is not null && !type.IsAssignableFrom(runtime))
            {
                Problems.Add($"{described} cannot take the parent: {parentType} values are {ClrTypes.Display(runtime)}");
                return null;
            }

            return Runtime(nameof(ResolverRuntime.Parent), type, context, Expression.Constant(coordinate));
        }

        var name = parameter.GetCustomAttribute<GraphQLNameAttribute>()?.Name ?? parameter.Name!;
        var argument = field.Argument(name)
            ?? field.Arguments.FirstOrDefault(a => a.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
        if (argument is not null)
        {
            return BindArgument(parameter, argument, coordinate, described, context);
        }

        if (runtime is not null && type != typeof(object) && type.IsAssignableFrom(runtime))
        {
            return Runtime(nameof(ResolverRuntime.Parent), type, context, Expression.Constant(coordinate));
        }

        if (typeof(DataLoaderBase).IsAssignableFrom(type) && !type.IsAbstract)
        {
            return Factory(type) is { } factory
                ? Runtime(nameof(ResolverRuntime.Loader), type, context, Expression.Constant(factory))
                : null;
        }

        if (ClrTypes.IsLeaf(type) || (ClrTypes.SequenceElement(type) is { } element && ClrTypes.IsLeaf(element)))
        {
            Problems.Add($"{described} matches no argument and cannot be injected");
            return null;
        }

        var optional = parameter.HasDefaultValue && parameter.DefaultValue is null;
        if (services is not null && !optional && !services.IsService(type))
        {
            Problems.Add($"{described} is not a registered service");
            return null;
        }

        return Runtime(nameof(ResolverRuntime.Service), type, context, Expression.Constant(new ServiceSlot(coordinate, member.Display, optional)));
    }

    private MethodCallExpression? BindArgument(
        ParameterInfo parameter, InputValueDefinition argument, string coordinate, string described, ParameterExpression context)
    {
        var type = parameter.ParameterType;
        var convert = _input.Build(argument.Type, type, out var problem);
        if (convert is null)
        {
            var atTop = problem!.Detail is null
                && (problem.Clr == type || problem.Clr == Nullable.GetUnderlyingType(type))
                && (problem.GraphQLType.Equals(argument.Type) || problem.GraphQLType.Equals(Types.TypeInfo.Nullable(argument.Type)));
            Problems.Add($"{described} cannot take argument \"{argument.Name}\" of type {argument.Type}" + (atTop ? "" : $": {problem.Describe()}"));
            return null;
        }

        var slot = new ArgumentSlot(argument.Name, coordinate, convert, ClrTypes.ParameterDefault(parameter), ClrTypes.DefaultOf(type));
        return Runtime(nameof(ResolverRuntime.Argument), type, context, Expression.Constant(slot));
    }
}

using System.Linq.Expressions;
using System.Reflection;
using Actors.GraphQL.Execution;
using Actors.GraphQL.Types;

namespace Actors.GraphQL.Binding;

/// <summary>
/// A method or property that resolves a field: a member of a resolver class (<see cref="OnParent"/> false), or a
/// property of the parent's runtime type (<see cref="OnParent"/> true).
/// </summary>
internal sealed record ResolverMember(MemberInfo Member, Type Owner, bool OnParent)
{
    public string Display => $"{ClrTypes.Display(Owner)}.{Member.Name}";

    public bool IsStatic => Member is MethodInfo method ? method.IsStatic : ((PropertyInfo)Member).GetMethod!.IsStatic;

    public Type ReturnType => Member is MethodInfo method ? method.ReturnType : ((PropertyInfo)Member).PropertyType;
}

/// <summary>
/// A field with its resolver and, on the subscription root, its source stream: built as expressions while checking,
/// compiled only when installed.
/// </summary>
internal sealed record BoundField(FieldDefinition Field, Expression<FieldResolver>? Resolver, Expression<SubscriptionResolver>? Subscriber)
{
    private static readonly FieldResolver _event = ResolverRuntime.Event;

    public void Install()
    {
        Field.Resolver = Resolver?.Compile() ?? _event;
        Field.Subscriber = Subscriber?.Compile();
    }
}

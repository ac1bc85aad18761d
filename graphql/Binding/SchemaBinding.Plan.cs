using System.Reflection;
using Actors.GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Actors.GraphQL.Binding;

/// <summary>Planning a binding: runtime types, which member resolves which field, and compiling every field's resolver.</summary>
public sealed partial class SchemaBinding
{
    private BindingPlan Plan()
    {
        var problems = new List<string>();
        var runtimeTypes = CollectRuntimeTypes(problems);
        var members = CollectMembers(problems);
        var compiler = new ResolverCompiler(_schema, runtimeTypes, _applicationServices?.GetService(typeof(IServiceProviderIsService)) as IServiceProviderIsService);
        var fields = new List<BoundField>();
        foreach (var type in ObjectTypesInOrder())
        {
            foreach (var field in type.Fields)
            {
                var member = FindMember(type, field, members, runtimeTypes);
                if (member is null)
                {
                    compiler.Problems.Add(Missing(type, field, runtimeTypes));
                }
                else if (compiler.Compile(type, field, member) is { } bound)
                {
                    fields.Add(bound);
                }
            }
        }

        problems.AddRange(compiler.Problems);
        return new BindingPlan([.. problems.Distinct(StringComparer.Ordinal)], fields, runtimeTypes);
    }

    /// <summary>The root types first (query, mutation, subscription), then the other object types by name; no introspection types.</summary>
    private IEnumerable<ObjectType> ObjectTypesInOrder()
    {
        ObjectType?[] roots = [_schema.QueryType, _schema.MutationType, _schema.SubscriptionType];
        return roots.OfType<ObjectType>().Concat(_schema.Types.OfType<ObjectType>()
            .Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal) && !roots.Contains(t))
            .OrderBy(t => t.Name, StringComparer.Ordinal));
    }

    private Dictionary<ObjectType, Type> CollectRuntimeTypes(List<string> problems)
    {
        var declared = _runtimeTypes.Concat(_classes
            .Select(c => (c.TypeName, Attribute: c.Resolvers.GetCustomAttribute<GraphQLTypeAttribute>(false)))
            .Where(c => c.Attribute?.RuntimeType is not null)
            .Select(c => (c.TypeName ?? c.Attribute!.TypeName, c.Attribute!.RuntimeType!)));
        var runtimeTypes = new Dictionary<ObjectType, Type>();
        foreach (var (typeName, runtime) in declared)
        {
            switch (_schema.GetType(typeName))
            {
                case null:
                    problems.Add($"Runtime type {ClrTypes.Display(runtime)} is bound to {typeName}, which the schema does not define");
                    break;
                case ObjectType type when runtimeTypes.TryGetValue(type, out var other) && other != runtime:
                    problems.Add($"{typeName} is bound to two runtime types: {ClrTypes.Display(other)} and {ClrTypes.Display(runtime)}");
                    break;
                case ObjectType type:
                    runtimeTypes[type] = runtime;
                    break;
                default:
                    problems.Add($"Runtime type {ClrTypes.Display(runtime)} is bound to {typeName}, which is not an object type");
                    break;
            }
        }

        return runtimeTypes;
    }

    private Dictionary<(IFieldsType Type, string Field), ResolverMember> CollectMembers(List<string> problems)
    {
        var members = new Dictionary<(IFieldsType, string), ResolverMember>();
        foreach (var (resolvers, explicitName) in _classes)
        {
            var display = ClrTypes.Display(resolvers);
            var typeName = explicitName ?? resolvers.GetCustomAttribute<GraphQLTypeAttribute>(false)?.TypeName;
            if (typeName is null)
            {
                problems.Add($"{display} has no [GraphQLType] attribute naming the type it resolves");
                continue;
            }

            if (_schema.GetType(typeName) is not IFieldsType type)
            {
                problems.Add(_schema.GetType(typeName) is null
                    ? $"{display} resolves {typeName}, which the schema does not define"
                    : $"{display} resolves {typeName}, which is not an object or interface type");
                continue;
            }

            foreach (var member in MemberNaming.ResolverMembers(resolvers))
            {
                var candidate = new ResolverMember(member, resolvers, OnParent: false);
                if (MemberNaming.FindField(type, member) is not { } field)
                {
                    problems.Add($"{candidate.Display} matches no field of {typeName}");
                }
                else if (members.TryGetValue((type, field.Name), out var existing))
                {
                    problems.Add($"{typeName}.{field.Name} is resolved by both {existing.Display} and {candidate.Display}");
                }
                else
                {
                    members[(type, field.Name)] = candidate;
                }
            }
        }

        return members;
    }

    /// <summary>The member bound to the field on the type itself, else on one of its interfaces, else the runtime type's property.</summary>
    private static ResolverMember? FindMember(
        ObjectType type, FieldDefinition field, Dictionary<(IFieldsType Type, string Field), ResolverMember> members,
        Dictionary<ObjectType, Type> runtimeTypes)
    {
        if (members.TryGetValue((type, field.Name), out var member))
        {
            return member;
        }

        foreach (var iface in type.Interfaces)
        {
            if (members.TryGetValue((iface, field.Name), out member))
            {
                return member;
            }
        }

        return runtimeTypes.TryGetValue(type, out var runtime) && MemberNaming.FindProperty(runtime, field) is { } property
            ? new ResolverMember(property, runtime, OnParent: true)
            : null;
    }

    private string Missing(ObjectType type, FieldDefinition field, Dictionary<ObjectType, Type> runtimeTypes)
    {
        var coordinate = $"{type.Name}.{field.Name}";
        if (runtimeTypes.TryGetValue(type, out var runtime))
        {
            return $"{coordinate} has no resolver, and runtime type {ClrTypes.Display(runtime)} has no property {char.ToUpperInvariant(field.Name[0])}{field.Name[1..]}";
        }

        var isRoot = type == _schema.QueryType || type == _schema.MutationType || type == _schema.SubscriptionType;
        return isRoot ? $"{coordinate} has no resolver" : $"{coordinate} has no resolver, and {type.Name} has no runtime type to read it from";
    }

    private sealed record BindingPlan(List<string> Problems, List<BoundField> Fields, Dictionary<ObjectType, Type> RuntimeTypes);
}

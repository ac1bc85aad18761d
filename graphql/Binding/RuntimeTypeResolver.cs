using System.Collections.Concurrent;
using Actors.GraphQL.Types;

namespace Actors.GraphQL.Binding;

/// <summary>
/// Decides the object type of a value of an interface or union from the runtime types bound to its possible types
/// (the most specific match, cached per CLR type); falls back to the object type named like the CLR type.
/// </summary>
internal sealed class RuntimeTypeResolver(IReadOnlyList<ObjectType> possibleTypes, IReadOnlyList<(ObjectType Type, Type Runtime)> bound)
{
    private readonly ConcurrentDictionary<Type, ObjectType?> _byClrType = new();

    public ObjectType? Resolve(object value) => _byClrType.GetOrAdd(value.GetType(), Find);

    private ObjectType? Find(Type clr)
    {
        foreach (var (type, runtime) in bound)
        {
            if (runtime == clr)
            {
                return type;
            }
        }

        foreach (var (type, runtime) in bound)
        {
            if (runtime.IsAssignableFrom(clr))
            {
                return type;
            }
        }

        return possibleTypes.FirstOrDefault(t => t.Name == clr.Name);
    }
}

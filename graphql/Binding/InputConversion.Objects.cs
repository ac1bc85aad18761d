using System.Linq.Expressions;
using System.Reflection;
using Actors.GraphQL.Types;

namespace Actors.GraphQL.Binding;

/// <summary>Input objects: to dictionaries as they are, or to C# records and classes by constructor parameter and property name.</summary>
internal sealed partial class InputConversion
{
    private readonly Dictionary<(InputObjectType, Type), InputObjectConverter> _objects = [];

    private Func<object?, object?>? BuildInputObject(InputObjectType type, Type target, out ConversionProblem? problem)
    {
        problem = null;
        if (ClrTypes.IsDictionary(target))
        {
            if (!target.IsAssignableFrom(typeof(Dictionary<string, object?>)))
            {
                problem = new ConversionProblem(target, type, null);
                return null;
            }

            return value => value is null || target.IsInstanceOfType(value)
                ? value
                : new Dictionary<string, object?>((IReadOnlyDictionary<string, object?>)value, StringComparer.Ordinal);
        }

        if (ClrTypes.IsLeaf(target) || ClrTypes.SequenceElement(target) is not null || target.IsAbstract || target.IsInterface)
        {
            problem = new ConversionProblem(target, type, null);
            return null;
        }

        if (_objects.TryGetValue((type, target), out var known))
        {
            problem = known.Problem;
            return known.Problem is null ? known.Convert : null;
        }

        var converter = new InputObjectConverter(type, target);
        _objects[(type, target)] = converter;
        converter.Problem = Fill(converter);
        problem = converter.Problem;
        return problem is null ? converter.Convert : null;
    }

    private ConversionProblem? Fill(InputObjectConverter converter)
    {
        var (type, target) = (converter.Type, converter.Target);
        var constructor = ChooseConstructor(type, target, out var unmatched);
        if (unmatched is not null)
        {
            return new ConversionProblem(target, type, $"constructor parameter \"{unmatched.Name}\" of {ClrTypes.Display(target)} matches no field of {type}");
        }

        if (constructor is null && !target.IsValueType)
        {
            return new ConversionProblem(target, type, $"{ClrTypes.Display(target)} has no public constructor");
        }

        var consumed = new HashSet<string>(StringComparer.Ordinal);
        var arguments = new List<InputMember>();
        foreach (var parameter in constructor?.GetParameters() ?? [])
        {
            var field = MatchField(type, parameter.Name!);
            if (field is null)
            {
                arguments.Add(new InputMember(null, _identity, ClrTypes.ParameterDefault(parameter), null, null));
                continue;
            }

            var convert = Build(field.Type, parameter.ParameterType, out var problem);
            if (convert is null)
            {
                return problem;
            }

            consumed.Add(field.Name);
            arguments.Add(new InputMember(field.Name, convert, ClrTypes.ParameterDefault(parameter), ClrTypes.DefaultOf(parameter.ParameterType), null));
        }

        var properties = target.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.SetMethod is { IsPublic: true } && p.GetIndexParameters().Length == 0)
            .ToList();
        var setters = new List<InputMember>();
        foreach (var field in type.Fields.Where(f => !consumed.Contains(f.Name)))
        {
            var property = properties.Find(p => p.Name.Equals(field.Name, StringComparison.OrdinalIgnoreCase));
            if (property is null)
            {
                return new ConversionProblem(target, type, $"{type}.{field.Name} has no property or constructor parameter in {ClrTypes.Display(target)}");
            }

            var convert = Build(field.Type, property.PropertyType, out var problem);
            if (convert is null)
            {
                return problem;
            }

            setters.Add(new InputMember(field.Name, convert, null, ClrTypes.DefaultOf(property.PropertyType), CompileSetter(target, property)));
        }

        converter.Complete(CompileConstructor(target, constructor), [.. arguments], [.. setters]);
        return null;
    }

    /// <summary>The public constructor with the most parameters that all match a field (or have a default).</summary>
    private static ConstructorInfo? ChooseConstructor(InputObjectType type, Type target, out ParameterInfo? unmatched)
    {
        unmatched = null;
        var constructors = target.GetConstructors(BindingFlags.Public | BindingFlags.Instance)
            .OrderByDescending(c => c.GetParameters().Length)
            .ToList();
        foreach (var constructor in constructors)
        {
            var missing = Array.Find(constructor.GetParameters(), p => MatchField(type, p.Name!) is null && !p.HasDefaultValue);
            if (missing is null)
            {
                return constructor;
            }

            unmatched ??= missing;
        }

        return null;
    }

    private static InputValueDefinition? MatchField(InputObjectType type, string name) =>
        type.Field(name) ?? type.Fields.FirstOrDefault(f => f.Name.Equals(name, StringComparison.OrdinalIgnoreCase));

    private static Func<object?[], object> CompileConstructor(Type target, ConstructorInfo? constructor)
    {
        var arguments = Expression.Parameter(typeof(object?[]), "arguments");
        Expression created = constructor is null
            ? Expression.New(target)
            : Expression.New(constructor, constructor.GetParameters().Select((p, i) =>
                Expression.Convert(Expression.ArrayIndex(arguments, Expression.Constant(i)), p.ParameterType)));
        return Expression.Lambda<Func<object?[], object>>(Expression.Convert(created, typeof(object)), arguments).Compile();
    }

    /// <summary>Sets the property and returns the object (a new box for structs).</summary>
    private static Func<object, object?, object> CompileSetter(Type target, PropertyInfo property)
    {
        var instance = Expression.Parameter(typeof(object), "instance");
        var value = Expression.Parameter(typeof(object), "value");
        var typed = Expression.Variable(target, "typed");
        var body = Expression.Block(
            [typed],
            Expression.Assign(typed, Expression.Convert(instance, target)),
            Expression.Assign(Expression.Property(typed, property), Expression.Convert(value, property.PropertyType)),
            Expression.Convert(typed, typeof(object)));
        return Expression.Lambda<Func<object, object?, object>>(body, instance, value).Compile();
    }

    /// <summary>One constructor argument or property: the field it reads, its converter, what it gets when the field is absent or null.</summary>
    private sealed record InputMember(string? Field, Func<object?, object?> Convert, object? WhenAbsent, object? WhenNull, Func<object, object?, object>? Set);

    /// <summary>The converter of one (input object type, CLR type) pair; created before it is filled so recursive input types work.</summary>
    private sealed class InputObjectConverter(InputObjectType type, Type target)
    {
        private Func<object?[], object>? _create;
        private InputMember[] _arguments = [];
        private InputMember[] _setters = [];

        public InputObjectType Type { get; } = type;

        public Type Target { get; } = target;

        public ConversionProblem? Problem { get; set; }

        public void Complete(Func<object?[], object> create, InputMember[] arguments, InputMember[] setters) =>
            (_create, _arguments, _setters) = (create, arguments, setters);

        public object? Convert(object? value)
        {
            if (value is null)
            {
                return null;
            }

            if (value is not IReadOnlyDictionary<string, object?> fields)
            {
                throw new ArgumentConversionException($"{Describe(value)} is not an input object of type {Type}");
            }

            var arguments = new object?[_arguments.Length];
            for (var i = 0; i < arguments.Length; i++)
            {
                arguments[i] = Read(_arguments[i], fields);
            }

            var result = _create!(arguments);
            foreach (var setter in _setters)
            {
                if (fields.ContainsKey(setter.Field!))
                {
                    result = setter.Set!(result, Read(setter, fields));
                }
            }

            return result;
        }

        private object? Read(InputMember member, IReadOnlyDictionary<string, object?> fields)
        {
            if (member.Field is null || !fields.TryGetValue(member.Field, out var raw))
            {
                return member.WhenAbsent;
            }

            try
            {
                return member.Convert(raw) ?? member.WhenNull;
            }
            catch (ArgumentConversionException e)
            {
                throw new ArgumentConversionException($"{Type}.{member.Field}: {e.Message}", e);
            }
        }
    }
}

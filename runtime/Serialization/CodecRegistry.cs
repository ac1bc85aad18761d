using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Text;
using Actors.Runtime.Serialization.Codecs;

namespace Actors.Runtime.Serialization;

/// <summary>
/// Maps types to codecs. Built-in codecs are registered here; generated codecs register themselves
/// from a module initializer of the assembly that declares their type. Codecs of enums, arrays,
/// nullables and the supported collections are composed on first use of each closed type; interfaces
/// and non-sealed classes get a codec that writes each value with its runtime type's name.
/// </summary>
public static class CodecRegistry
{
    private const int MaxStackTypeName = 256;

    private static readonly ConcurrentDictionary<Type, object> _codecs = new();
    private static readonly ConcurrentDictionary<Type, IObjectCodec> _objectCodecsByType = new();
    private static readonly ConcurrentDictionary<string, IObjectCodec> _objectCodecsByName = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, IObjectCodec>.AlternateLookup<ReadOnlySpan<char>> _objectCodecsBySpan =
        _objectCodecsByName.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenDictionary<Type, Type> _composedCodecs = new Dictionary<Type, Type>
    {
        [typeof(Nullable<>)] = typeof(NullableCodec<>),
        [typeof(List<>)] = typeof(ListCodec<>),
        [typeof(IReadOnlyList<>)] = typeof(ReadOnlyListCodec<>),
        [typeof(ImmutableArray<>)] = typeof(ImmutableArrayCodec<>),
        [typeof(HashSet<>)] = typeof(HashSetCodec<>),
        [typeof(Dictionary<,>)] = typeof(DictionaryCodec<,>),
        [typeof(IReadOnlyDictionary<,>)] = typeof(ReadOnlyDictionaryCodec<,>),
    }.ToFrozenDictionary();

    static CodecRegistry() => BuiltInCodecs.RegisterAll();

    /// <summary>
    /// Registers the codec of <typeparamref name="T"/>. Called by generated code; call it directly
    /// only for a hand-written codec. A type gets one codec for the life of the process.
    /// </summary>
    /// <exception cref="InvalidOperationException">
    /// The type already has a codec, or another type was registered under the same wire name.
    /// </exception>
    public static void Register<T>(IFieldCodec<T> codec)
    {
        ArgumentNullException.ThrowIfNull(codec);
        if (!_codecs.TryAdd(typeof(T), codec))
        {
            throw new InvalidOperationException($"A codec for '{typeof(T).FullName}' is already registered.");
        }

        if (codec is IObjectCodec objectCodec)
        {
            var registered = _objectCodecsByName.GetOrAdd(objectCodec.TypeName, objectCodec);
            if (registered.Type != objectCodec.Type)
            {
                throw new InvalidOperationException(
                    $"Types '{registered.Type.AssemblyQualifiedName}' and '{objectCodec.Type.AssemblyQualifiedName}' " +
                    $"both use the wire name '{objectCodec.TypeName}'.");
            }

            _objectCodecsByType[objectCodec.Type] = objectCodec;
        }
    }

    /// <summary>
    /// Lets exceptions of <typeparamref name="TException"/> cross the wire as themselves: a received
    /// exception of that type is rebuilt by <paramref name="create"/> from its message and inner
    /// exception, and keeps the remote stack trace. Exceptions of types without a factory arrive as
    /// <see cref="RemoteException"/>. Common exceptions of the base library are known already.
    /// </summary>
    public static void RegisterException<TException>(Func<string, Exception?, TException> create)
        where TException : Exception
    {
        ArgumentNullException.ThrowIfNull(create);
        ExceptionTypes.Register(typeof(TException).FullName!, create);
    }

    /// <summary>
    /// Lets exceptions of <typeparamref name="TException"/> cross the wire as themselves with their own data: a
    /// domain error's code, the input field at fault. <paramref name="facts"/> names the strings to carry;
    /// <paramref name="create"/> rebuilds the exception from message, inner exception and those facts.
    /// </summary>
    public static void RegisterException<TException>(
        Func<string, Exception?, IReadOnlyDictionary<string, string>, TException> create, Func<TException, IReadOnlyDictionary<string, string>> facts)
        where TException : Exception
    {
        ArgumentNullException.ThrowIfNull(create);
        ArgumentNullException.ThrowIfNull(facts);
        ExceptionTypes.Register(create, facts);
    }

    internal static IFieldCodec<T>? Resolve<T>()
    {
        var type = typeof(T);
        if (_codecs.TryGetValue(type, out var codec))
        {
            return (IFieldCodec<T>)codec;
        }

        // Generated codecs register from their module's initializer, which has not necessarily run
        // when a type is only named (typeof) and never touched.
        RuntimeHelpers.RunModuleConstructor(type.Module.ModuleHandle);
        if (_codecs.TryGetValue(type, out codec))
        {
            return (IFieldCodec<T>)codec;
        }

        return (IFieldCodec<T>?)Compose(type);
    }

    internal static IObjectCodec? FindObjectCodec(Type type)
    {
        if (_objectCodecsByType.TryGetValue(type, out var codec))
        {
            return codec;
        }

        RuntimeHelpers.RunModuleConstructor(type.Module.ModuleHandle);
        return _objectCodecsByType.GetValueOrDefault(type);
    }

    internal static IObjectCodec? FindObjectCodec(ReadOnlySpan<byte> utf8TypeName, out string typeName)
    {
        typeName = string.Empty;
        if (utf8TypeName.Length <= MaxStackTypeName)
        {
            Span<char> chars = stackalloc char[MaxStackTypeName];
            var length = Encoding.UTF8.GetChars(utf8TypeName, chars);
            if (_objectCodecsBySpan.TryGetValue(chars[..length], out var codec))
            {
                return codec;
            }
        }

        typeName = Encoding.UTF8.GetString(utf8TypeName);
        return _objectCodecsByName.GetValueOrDefault(typeName);
    }

    private static object? Compose(Type type)
    {
        if (type.IsEnum)
        {
            return Create(typeof(EnumCodec<>), type);
        }

        if (type.IsSZArray)
        {
            return Create(typeof(ArrayCodec<>), type.GetElementType()!);
        }

        if (type.IsGenericType && _composedCodecs.TryGetValue(type.GetGenericTypeDefinition(), out var codecDefinition))
        {
            return Create(codecDefinition, type.GetGenericArguments());
        }

        if (typeof(Exception).IsAssignableFrom(type))
        {
            return Create(typeof(ExceptionCodec<>), type);
        }

        return type.IsValueType || type.IsSealed ? null : Create(typeof(PolymorphicCodec<>), type);
    }

    private static object Create(Type codecDefinition, params Type[] typeArguments) =>
        Activator.CreateInstance(codecDefinition.MakeGenericType(typeArguments))!;
}

using System.Collections.Concurrent;

namespace Actors.Runtime.Serialization.Codecs;

/// <summary>
/// The exception types that are rebuilt as themselves when they arrive from another process, each
/// by a factory taking the message and the inner exception. Deliberately a list of known types rather
/// than any type named by the payload: a payload must not choose what gets instantiated.
/// </summary>
internal static class ExceptionTypes
{
    private static readonly ConcurrentDictionary<string, Func<string, Exception?, IReadOnlyDictionary<string, string>, Exception>> _factories =
        new(StringComparer.Ordinal);

    private static readonly ConcurrentDictionary<Type, Func<Exception, IReadOnlyDictionary<string, string>>> _facts = new();

    static ExceptionTypes()
    {
        Register<Exception>((message, inner) => new Exception(message, inner));
        Register<SystemException>((message, inner) => new SystemException(message, inner));
        Register<ArgumentException>((message, inner) => new ArgumentException(message, inner));
        Register<ArgumentNullException>((message, inner) => new ArgumentNullException(message, inner));
        Register<ArgumentOutOfRangeException>((message, inner) => new ArgumentOutOfRangeException(message, inner));
        Register<InvalidOperationException>((message, inner) => new InvalidOperationException(message, inner));
        Register<NotSupportedException>((message, inner) => new NotSupportedException(message, inner));
        Register<KeyNotFoundException>((message, inner) => new KeyNotFoundException(message, inner));
        Register<TimeoutException>((message, inner) => new TimeoutException(message, inner));
        Register<OperationCanceledException>((message, inner) => new OperationCanceledException(message, inner));
        Register<TaskCanceledException>((message, inner) => new TaskCanceledException(message, inner));
        Register<ObjectDisposedException>((message, inner) => new ObjectDisposedException(message, inner));
        Register<UnauthorizedAccessException>((message, inner) => new UnauthorizedAccessException(message, inner));
        Register<FormatException>((message, inner) => new FormatException(message, inner));
        Register<InvalidCastException>((message, inner) => new InvalidCastException(message, inner));
        Register<NullReferenceException>((message, inner) => new NullReferenceException(message, inner));
        Register<IndexOutOfRangeException>((message, inner) => new IndexOutOfRangeException(message, inner));
        Register<ArithmeticException>((message, inner) => new ArithmeticException(message, inner));
        Register<DivideByZeroException>((message, inner) => new DivideByZeroException(message, inner));
        Register<OverflowException>((message, inner) => new OverflowException(message, inner));
        Register<CodecNotFoundException>((message, inner) => new CodecNotFoundException(message, inner));
        Register<WireFormatException>((message, inner) => new WireFormatException(message, inner));
        Register<Messaging.SiloUnavailableException>((message, _) => new Messaging.SiloUnavailableException(message));
        Register<Messaging.RequestTimeoutException>((message, _) => new Messaging.RequestTimeoutException(message));
    }

    public static void Register(string typeName, Func<string, Exception?, Exception> create) =>
        _factories[typeName] = (message, inner, _) => create(message, inner);

    /// <summary>Registers a type whose exceptions carry facts (named strings) beside their message, written by <paramref name="facts"/>.</summary>
    public static void Register<TException>(
        Func<string, Exception?, IReadOnlyDictionary<string, string>, TException> create, Func<TException, IReadOnlyDictionary<string, string>> facts)
        where TException : Exception
    {
        _factories[typeof(TException).FullName!] = create;
        _facts[typeof(TException)] = exception => facts((TException)exception);
    }

    /// <summary>The facts an exception of a registered type carries; empty for others.</summary>
    public static IReadOnlyDictionary<string, string> FactsOf(Exception exception) =>
        _facts.TryGetValue(exception.GetType(), out var facts) ? facts(exception) : s_none;

    /// <summary>Rebuilds an exception of a known type, or returns null.</summary>
    public static Exception? TryCreate(string typeName, string message, Exception? innerException, IReadOnlyDictionary<string, string> facts) =>
        _factories.TryGetValue(typeName, out var create) ? create(message, innerException, facts) : null;

    private static readonly IReadOnlyDictionary<string, string> s_none = new Dictionary<string, string>();

    private static void Register<TException>(Func<string, Exception?, TException> create)
        where TException : Exception =>
        Register(typeof(TException).FullName!, create);
}

using System.Collections.Concurrent;

namespace Actors.Runtime.Serialization.Codecs;

/// <summary>
/// The exception types that are rebuilt as themselves when they arrive from another process, each
/// by a factory taking the message and the inner exception. Deliberately a list of known types rather
/// than any type named by the payload: a payload must not choose what gets instantiated.
/// </summary>
internal static class ExceptionTypes
{
    private static readonly ConcurrentDictionary<string, Func<string, Exception?, Exception>> _factories =
        new(StringComparer.Ordinal);

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
    }

    public static void Register(string typeName, Func<string, Exception?, Exception> create) =>
        _factories[typeName] = create;

    /// <summary>Rebuilds an exception of a known type, or returns null.</summary>
    public static Exception? TryCreate(string typeName, string message, Exception? innerException) =>
        _factories.TryGetValue(typeName, out var create) ? create(message, innerException) : null;

    private static void Register<TException>(Func<string, Exception?, TException> create)
        where TException : Exception =>
        Register(typeof(TException).FullName!, create);
}

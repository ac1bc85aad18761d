using System.Runtime.ExceptionServices;

namespace Actors.Runtime.Serialization.Codecs;

/// <summary>
/// An exception as its type name, message, stack trace, inner exception and — for types registered with them — its facts. A received exception of a
/// known type (<see cref="ExceptionTypes"/>) is rebuilt as that type; any other arrives as a
/// <see cref="RemoteException"/> naming the original type. Either way the remote stack trace is kept.
/// Exceptions are shared, not copied, by a deep copy.
/// </summary>
internal sealed class ExceptionCodec<TException> : IFieldCodec<TException>
    where TException : Exception
{
    private const uint TypeNameField = 0;
    private const uint MessageField = 1;
    private const uint StackTraceField = 2;
    private const uint InnerExceptionField = 3;
    private const uint FactsField = 4;

    public bool IsImmutable => true;

    public void Write(ref Writer writer, uint fieldId, TException value)
    {
        if (value is null)
        {
            writer.WriteNull(fieldId);
            return;
        }

        var typeName = value is RemoteException remote ? remote.RemoteTypeName : value.GetType().FullName!;
        writer.WriteStartObject(fieldId, typeof(TException));
        Codec<string>.Instance.Write(ref writer, TypeNameField, typeName);
        Codec<string>.Instance.Write(ref writer, MessageField, value.Message);
        Codec<string?>.Instance.Write(ref writer, StackTraceField, value.StackTrace);
        Codec<Exception?>.Instance.Write(ref writer, InnerExceptionField, value.InnerException);
        var facts = ExceptionTypes.FactsOf(value);
        if (facts.Count > 0)
        {
            Codec<Dictionary<string, string>>.Instance.Write(ref writer, FactsField, new Dictionary<string, string>(facts, StringComparer.Ordinal));
        }

        writer.WriteEndObject();
    }

    public TException Read(ref Reader reader, Field field)
    {
        if (field.IsNull)
        {
            return null!;
        }

        field.Expect(WireType.StartObject, typeof(TException));
        reader.EnterObject();
        string? typeName = null;
        var message = string.Empty;
        string? stackTrace = null;
        Exception? inner = null;
        IReadOnlyDictionary<string, string> facts = new Dictionary<string, string>();
        for (var next = reader.ReadFieldHeader(); !next.IsEndObject; next = reader.ReadFieldHeader())
        {
            switch (next.Id)
            {
                case TypeNameField:
                    typeName = Codec<string?>.Instance.Read(ref reader, next);
                    break;
                case MessageField:
                    message = Codec<string?>.Instance.Read(ref reader, next) ?? string.Empty;
                    break;
                case StackTraceField:
                    stackTrace = Codec<string?>.Instance.Read(ref reader, next);
                    break;
                case InnerExceptionField:
                    inner = Codec<Exception?>.Instance.Read(ref reader, next);
                    break;
                case FactsField:
                    facts = Codec<Dictionary<string, string>>.Instance.Read(ref reader, next) ?? facts;
                    break;
                default:
                    reader.SkipField(next);
                    break;
            }
        }

        reader.ExitObject();
        typeName ??= typeof(Exception).FullName!;
        var exception = ExceptionTypes.TryCreate(typeName, message, inner, facts) ?? new RemoteException(typeName, message, inner);
        if (!string.IsNullOrEmpty(stackTrace))
        {
            ExceptionDispatchInfo.SetRemoteStackTrace(exception, stackTrace);
        }

        return exception as TException
            ?? throw new WireFormatException(
                $"The payload holds an exception of type '{typeName}', which cannot be rebuilt as a " +
                $"{typeof(TException).FullName} in this process; declare the member as System.Exception.");
    }

    public TException DeepCopy(TException value, ref CopyContext context) => value;
}

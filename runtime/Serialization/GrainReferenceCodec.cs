using Actors.Runtime.Messaging;
using Actors.Runtime.Serialization.Codecs;

namespace Actors.Runtime.Serialization;

/// <summary>
/// A grain reference as a value: its <see cref="GrainId"/> on the wire, read back as a proxy bound to
/// the process's message sender. References are immutable, so copies share the instance. Generated
/// code registers one per proxy class.
/// </summary>
public sealed class GrainReferenceCodec<TProxy>(string typeName, Func<GrainId, IMessageSender, TProxy> create)
    : ClassCodec<TProxy>(typeName) where TProxy : GrainReference
{
    private const uint GrainField = 0;
    private static readonly GrainIdCodec s_grainIdCodec = new();

    public override bool IsImmutable => true;

    protected override void WriteFields(ref Writer writer, TProxy value) =>
        s_grainIdCodec.Write(ref writer, GrainField, value.GrainId);

    protected override TProxy ReadFields(ref Reader reader)
    {
        GrainId? grain = null;
        for (var field = reader.ReadFieldHeader(); !field.IsEndObject; field = reader.ReadFieldHeader())
        {
            if (field.WireType != WireType.Marker && field.Id == GrainField)
            {
                grain = s_grainIdCodec.Read(ref reader, field);
            }
            else if (field.WireType != WireType.Marker)
            {
                reader.SkipField(field);
            }
        }

        return create(grain ?? throw new WireFormatException($"A grain reference of type {typeof(TProxy).Name} arrived without its grain id."),
            GrainReferenceSender.Current);
    }

    protected override TProxy CopyFields(TProxy value, ref CopyContext context) => value;
}

/// <summary>
/// The message sender that grain references read from the wire are bound to: the one set for the current
/// flow with <see cref="Use"/> (a connection reading messages, a test), else the last silo or client
/// started in this process.
/// </summary>
public static class GrainReferenceSender
{
    private static readonly AsyncLocal<IMessageSender?> s_scoped = new();
    private static IMessageSender? s_default;

    [ThreadStatic]
    private static IMessageSender? t_reading;

    public static IMessageSender Current
    {
        get => t_reading ?? s_scoped.Value ?? Volatile.Read(ref s_default)
            ?? throw new InvalidOperationException("A grain reference was read before any silo or client started in this process.");
        set => Volatile.Write(ref s_default, value);
    }

    /// <summary>
    /// Binds references read on this thread to <paramref name="sender"/> until the result is disposed: for a connection
    /// deserializing a frame synchronously (cheaper than <see cref="Use"/>, which changes the execution context).
    /// </summary>
    internal static ReadingScope Reading(IMessageSender sender)
    {
        var previous = t_reading;
        t_reading = sender;
        return new ReadingScope(previous);
    }

    internal readonly ref struct ReadingScope(IMessageSender? previous)
    {
        public void Dispose() => t_reading = previous;
    }

    /// <summary>Binds references read in this flow to <paramref name="sender"/> until the result is disposed.</summary>
    public static IDisposable Use(IMessageSender sender)
    {
        var previous = s_scoped.Value;
        s_scoped.Value = sender;
        return new Restore(previous);
    }

    private sealed class Restore(IMessageSender? previous) : IDisposable
    {
        public void Dispose() => s_scoped.Value = previous;
    }
}

namespace Actors.Runtime.Serialization.Codecs;

/// <summary>
/// The codecs of the base types every payload may use, and of the runtime's own identity type, registered
/// when the registry starts.
/// </summary>
internal static class BuiltInCodecs
{
    public static void RegisterAll()
    {
        CodecRegistry.Register(new Reminders.ReminderTick.ReminderTickCodec());
        CodecRegistry.Register(new Streams.StreamEventRequest.StreamEventRequestCodec());
        CodecRegistry.Register(new BooleanCodec());
        CodecRegistry.Register(new UnsignedIntegerCodec<byte>());
        CodecRegistry.Register(new SignedIntegerCodec<sbyte>());
        CodecRegistry.Register(new SignedIntegerCodec<short>());
        CodecRegistry.Register(new UnsignedIntegerCodec<ushort>());
        CodecRegistry.Register(new SignedIntegerCodec<int>());
        CodecRegistry.Register(new UnsignedIntegerCodec<uint>());
        CodecRegistry.Register(new SignedIntegerCodec<long>());
        CodecRegistry.Register(new UnsignedIntegerCodec<ulong>());
        CodecRegistry.Register(new UnsignedIntegerCodec<char>());
        CodecRegistry.Register(new SingleCodec());
        CodecRegistry.Register(new DoubleCodec());
        CodecRegistry.Register(new DecimalCodec());
        CodecRegistry.Register(new StringCodec());
        CodecRegistry.Register(new GuidCodec());
        CodecRegistry.Register(new DateTimeCodec());
        CodecRegistry.Register(new DateTimeOffsetCodec());
        CodecRegistry.Register(new TimeSpanCodec());
        CodecRegistry.Register(new ByteArrayCodec());
        CodecRegistry.Register(new ReadOnlyMemoryCodec());
        CodecRegistry.Register(new GrainIdCodec());
    }
}

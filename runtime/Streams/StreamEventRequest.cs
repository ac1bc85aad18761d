using System.Text.Json;
using Actors.Runtime.Messaging;
using Actors.Runtime.Persistence;
using Actors.Runtime.Serialization;

namespace Actors.Runtime.Streams;

/// <summary>
/// The message that calls <see cref="IStreamSubscriber.OnNextAsync"/>; it crosses to the silo that runs the subscriber
/// like any call, the event in the JSON form the store keeps it in (every event can be stored, so every event can travel).
/// </summary>
internal sealed class StreamEventRequest : Request
{
    public required StreamEvent Event { get; init; }

    public override string MethodName => $"IStreamSubscriber.OnNextAsync({Event.Stream}#{Event.Sequence})";

    public override Task InvokeAsync(object grain) => ((IStreamSubscriber)grain).OnNextAsync(Event);

    /// <summary>Stream namespace and key (fields 0, 1), sequence (2), event type and JSON (3, 4), recorded time (5); registered with the built-in codecs.</summary>
    internal sealed class StreamEventRequestCodec() : ClassCodec<StreamEventRequest>("Actors.Runtime.Streams.StreamEventRequest")
    {
        public override bool IsImmutable => true;

        protected override void WriteFields(ref Writer writer, StreamEventRequest value)
        {
            var streamEvent = value.Event;
            Codec<string>.Instance.Write(ref writer, 0, streamEvent.Stream.Namespace);
            Codec<string>.Instance.Write(ref writer, 1, streamEvent.Stream.Key);
            Codec<long>.Instance.Write(ref writer, 2, streamEvent.Sequence);
            Codec<string>.Instance.Write(ref writer, 3, EventTypes.NameOf(streamEvent.Event.GetType()));
            Codec<byte[]>.Instance.Write(ref writer, 4, JsonSerializer.SerializeToUtf8Bytes(streamEvent.Event, streamEvent.Event.GetType(), StateJson.Options));
            Codec<DateTimeOffset>.Instance.Write(ref writer, 5, streamEvent.RecordedAt);
        }

        protected override StreamEventRequest ReadFields(ref Reader reader)
        {
            string streamNamespace = "", streamKey = "", eventType = "";
            long sequence = 0;
            byte[] payload = [];
            DateTimeOffset recordedAt = default;
            for (var field = reader.ReadFieldHeader(); !field.IsEndObject; field = reader.ReadFieldHeader())
            {
                if (field.WireType == WireType.Marker)
                {
                    continue;
                }

                switch (field.Id)
                {
                    case 0:
                        streamNamespace = Codec<string>.Instance.Read(ref reader, field);
                        break;
                    case 1:
                        streamKey = Codec<string>.Instance.Read(ref reader, field);
                        break;
                    case 2:
                        sequence = Codec<long>.Instance.Read(ref reader, field);
                        break;
                    case 3:
                        eventType = Codec<string>.Instance.Read(ref reader, field);
                        break;
                    case 4:
                        payload = Codec<byte[]>.Instance.Read(ref reader, field);
                        break;
                    case 5:
                        recordedAt = Codec<DateTimeOffset>.Instance.Read(ref reader, field);
                        break;
                    default:
                        reader.SkipField(field);
                        break;
                }
            }

            var decoded = JsonSerializer.Deserialize(payload, EventTypes.Resolve(eventType), StateJson.Options)
                ?? throw new WireFormatException($"Event {streamNamespace}/{streamKey}#{sequence} arrived as JSON null.");
            return new StreamEventRequest { Event = new StreamEvent(new StreamId(streamNamespace, streamKey), sequence, decoded, recordedAt) };
        }

        protected override StreamEventRequest CopyFields(StreamEventRequest value, ref CopyContext context) => value;
    }
}

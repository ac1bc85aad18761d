using Actors.Runtime.Messaging;
using Actors.Runtime.Serialization;

namespace Actors.Runtime.Reminders;

/// <summary>The message that calls <see cref="IRemindable.ReceiveReminder"/>; it crosses to the silo that runs the grain like any call.</summary>
internal sealed class ReminderTick : Request
{
    public string Name { get; init; } = "";

    public DateTimeOffset DueAt { get; init; }

    public override string MethodName => $"IRemindable.ReceiveReminder({Name})";

    public override Task InvokeAsync(object grain) => ((IRemindable)grain).ReceiveReminder(Name, DueAt);

    /// <summary>The tick's reminder name (field 0) and due time (field 1); registered with the built-in codecs, so any silo reads it.</summary>
    internal sealed class ReminderTickCodec() : ClassCodec<ReminderTick>("Actors.Runtime.Reminders.ReminderTick")
    {
        public override bool IsImmutable => true;

        protected override void WriteFields(ref Writer writer, ReminderTick value)
        {
            Codec<string>.Instance.Write(ref writer, 0, value.Name);
            Codec<DateTimeOffset>.Instance.Write(ref writer, 1, value.DueAt);
        }

        protected override ReminderTick ReadFields(ref Reader reader)
        {
            var name = "";
            var dueAt = default(DateTimeOffset);
            for (var field = reader.ReadFieldHeader(); !field.IsEndObject; field = reader.ReadFieldHeader())
            {
                if (field.WireType == WireType.Marker)
                {
                    continue;
                }

                switch (field.Id)
                {
                    case 0:
                        name = Codec<string>.Instance.Read(ref reader, field);
                        break;
                    case 1:
                        dueAt = Codec<DateTimeOffset>.Instance.Read(ref reader, field);
                        break;
                    default:
                        reader.SkipField(field);
                        break;
                }
            }

            return new ReminderTick { Name = name, DueAt = dueAt };
        }

        protected override ReminderTick CopyFields(ReminderTick value, ref CopyContext context) => value;
    }
}

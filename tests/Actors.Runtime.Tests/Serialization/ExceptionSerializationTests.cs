using Actors.Runtime.Messaging;
using System.Runtime.CompilerServices;
using Actors.Runtime.Serialization;

namespace Actors.Runtime.Tests.Serialization;

public sealed class ExceptionSerializationTests
{
    [Fact]
    public void A_known_exception_arrives_as_its_own_type_with_message_and_remote_stack()
    {
        var thrown = Capture(() => ThrowInvalidOperation("bid too low"));

        var received = RoundTrip<Exception>(thrown);

        var typed = Assert.IsType<InvalidOperationException>(received);
        Assert.Equal("bid too low", typed.Message);
        Assert.Contains(nameof(ThrowInvalidOperation), typed.StackTrace);
    }

    [Fact]
    public void An_unknown_exception_arrives_as_a_remote_exception_naming_its_type()
    {
        var thrown = Capture(() => throw new EscrowOverdrawnException("escrow 42 would go negative"));

        var received = Assert.IsType<RemoteException>(RoundTrip<Exception>(thrown));

        Assert.Equal(typeof(EscrowOverdrawnException).FullName, received.RemoteTypeName);
        Assert.Equal("escrow 42 would go negative", received.Message);
        Assert.Contains(nameof(An_unknown_exception_arrives_as_a_remote_exception_naming_its_type), received.StackTrace);
        Assert.Contains(typeof(EscrowOverdrawnException).FullName!, received.ToString());
    }

    [Fact]
    public void A_remote_exception_keeps_its_original_type_name_across_further_hops()
    {
        var first = RoundTrip<Exception>(new EscrowOverdrawnException("x"));

        var second = Assert.IsType<RemoteException>(RoundTrip(first));

        Assert.Equal(typeof(EscrowOverdrawnException).FullName, second.RemoteTypeName);
    }

    [Fact]
    public void Inner_exceptions_travel_too()
    {
        var thrown = new InvalidOperationException("outer", new ArgumentNullException(null, "inner"));

        var received = RoundTrip<Exception>(thrown);

        var inner = Assert.IsType<ArgumentNullException>(received.InnerException);
        Assert.Equal("inner", inner.Message);
    }

    [Fact]
    public void A_registered_exception_type_is_rebuilt_as_itself()
    {
        CodecRegistry.RegisterException((message, inner) => new DisputeClosedException(message, inner));

        var received = RoundTrip<Exception>(Capture(() => throw new DisputeClosedException("dispute 7 is closed", null)));

        Assert.IsType<DisputeClosedException>(received);
        Assert.Equal("dispute 7 is closed", received.Message);
    }

    [Fact]
    public void A_registered_exception_type_with_facts_is_rebuilt_with_them()
    {
        CodecRegistry.RegisterException<MilestoneRefusedException>(
            static (message, _, facts) => new MilestoneRefusedException(message, facts["code"], facts.GetValueOrDefault("field")),
            static exception => exception.Field is null
                ? new Dictionary<string, string> { ["code"] = exception.Code }
                : new Dictionary<string, string> { ["code"] = exception.Code, ["field"] = exception.Field });

        var received = RoundTrip<Exception>(new MilestoneRefusedException("not funded", "INVALID_STATE", "milestoneId"));
        var withoutField = RoundTrip<Exception>(new MilestoneRefusedException("not yours", "FORBIDDEN", null));

        var refused = Assert.IsType<MilestoneRefusedException>(received);
        Assert.Equal(("not funded", "INVALID_STATE", "milestoneId"), (refused.Message, refused.Code, refused.Field));
        Assert.Null(Assert.IsType<MilestoneRefusedException>(withoutField).Field);
    }

    [Fact]
    public void The_runtime_s_own_call_failures_arrive_as_themselves()
    {
        Assert.IsType<SiloUnavailableException>(RoundTrip<Exception>(new SiloUnavailableException("silo s is dead")));
        Assert.IsType<RequestTimeoutException>(RoundTrip<Exception>(new RequestTimeoutException("late")));
    }

    [Fact]
    public void A_member_declared_as_an_exception_subtype_fails_clearly_when_the_type_cannot_be_rebuilt()
    {
        Assert.IsType<TimeoutException>(RoundTrip(new TimeoutException("late")));

        var payload = Serializer.SerializeToArray<Exception>(new EscrowOverdrawnException("x"));
        var error = Assert.Throws<WireFormatException>(() => Serializer.Deserialize<InvalidOperationException>(payload));
        Assert.Contains(typeof(EscrowOverdrawnException).FullName!, error.Message);
    }

    [Fact]
    public void Exceptions_are_shared_by_a_deep_copy()
    {
        var exception = new InvalidOperationException("x");

        Assert.Same(exception, Serializer.DeepCopy<Exception>(exception));
    }

    private static T RoundTrip<T>(T value) => Serializer.Deserialize<T>(Serializer.SerializeToArray(value));

    private static Exception Capture(Action action)
    {
        try
        {
            action();
        }
        catch (Exception exception)
        {
            return exception;
        }

        throw new InvalidOperationException("The action did not throw.");
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowInvalidOperation(string message) => throw new InvalidOperationException(message);

    private sealed class EscrowOverdrawnException(string message) : Exception(message);

    private sealed class DisputeClosedException(string message, Exception? inner) : Exception(message, inner);

    private sealed class MilestoneRefusedException(string message, string code, string? field) : Exception(message)
    {
        public string Code { get; } = code;

        public string? Field { get; } = field;
    }
}

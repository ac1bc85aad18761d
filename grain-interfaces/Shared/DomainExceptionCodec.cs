using System.Runtime.CompilerServices;
using Actors.Runtime.Serialization;

namespace Marketplace;

/// <summary>Lets a <see cref="DomainException"/> cross between silos and clients with its code and field, so the api still answers the user error it names.</summary>
internal static class DomainExceptionCodec
{
    private const string CodeFact = "code";
    private const string FieldFact = "field";

    // A library initializer on purpose: the wire needs this before any DomainException is read, in silos and clients alike.
#pragma warning disable CA2255
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void Register() =>
        CodecRegistry.RegisterException<DomainException>(
            static (message, _, facts) => new DomainException(facts.GetValueOrDefault(CodeFact) ?? ErrorCodes.InvalidState, message, facts.GetValueOrDefault(FieldFact)),
            static exception => exception.Field is null
                ? new Dictionary<string, string> { [CodeFact] = exception.Code }
                : new Dictionary<string, string> { [CodeFact] = exception.Code, [FieldFact] = exception.Field });
}

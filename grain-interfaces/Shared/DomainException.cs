namespace Marketplace;

/// <summary>
/// A command the marketplace refuses: bad input, a missing or foreign object, an action in the wrong state,
/// money or Connects that are not there. <see cref="Code"/> is one of <see cref="ErrorCodes"/>, for programs;
/// the message is for people; <see cref="Field"/> names the input field at fault, when one is. A refused
/// command changes nothing. The api turns it into a <c>UserError</c> in the mutation's payload.
/// </summary>
public sealed class DomainException(string code, string message, string? field = null) : Exception(message)
{
    public string Code { get; } = code;

    public string? Field { get; } = field;

    public static DomainException NotFound(string what, string id) => new(ErrorCodes.NotFound, $"{what} \"{id}\" does not exist.");

    public static DomainException Forbidden(string message) => new(ErrorCodes.Forbidden, message);

    public static DomainException InvalidInput(string field, string message) => new(ErrorCodes.InvalidInput, message, field);
}

using Actors.GraphQL.Binding;

namespace Marketplace.Api;

/// <summary>
/// A refusal in a mutation's payload (<c>errors: [UserError!]!</c>): a code to switch on, a message for people, and the
/// input field at fault, as a path from the input's root (e.g. <c>["input", "budget"]</c>) when there is one.
/// </summary>
[GraphQLRuntimeType("UserError")]
public sealed record UserError(string Code, string Message, IReadOnlyList<string>? Field)
{
    public static UserError From(DomainException refused) =>
        new(refused.Code, refused.Message, refused.Field is { } field ? ["input", field] : null);
}

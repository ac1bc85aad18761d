using Actors.GraphQL.Binding;

namespace Marketplace.Api;

/// <summary>
/// A refusal in a mutation's payload (<c>errors: [UserError!]!</c>): a code to switch on, a message for people, and the
/// input field at fault, as a path from the input's root (e.g. <c>["input", "budget"]</c>) when there is one.
/// </summary>
[GraphQLRuntimeType("UserError")]
public sealed record UserError(string Code, string Message, IReadOnlyList<string>? Field)
{
    /// <summary>The refusal as a user error; its field named as the input names it, under <paramref name="inputPath"/> (default: <c>input</c>).</summary>
    public static UserError From(DomainException refused, params string[] inputPath) =>
        new(refused.Code, refused.Message, refused.Field is { } field ? [.. inputPath.Length == 0 ? ["input"] : inputPath, InputName(field)] : null);

    /// <summary>The domain counts money in cents; the schema's inputs take Decimal dollars under the plain name.</summary>
    private static string InputName(string domainField) => domainField switch
    {
        "hourlyMinCents" => "hourlyRateMin",
        "hourlyMaxCents" => "hourlyRateMax",
        _ when domainField.EndsWith("Cents", StringComparison.Ordinal) => domainField[..^"Cents".Length],
        _ => domainField,
    };
}

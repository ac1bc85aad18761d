using Actors.Runtime;

namespace Marketplace.Accounts;

/// <summary>
/// A sign-up: the user id the api made for it (so a retried sign-up is recognized), the email, the password
/// (hashed by the account, never stored or logged), the role and the name shown to others.
/// </summary>
[GenerateSerializer]
public sealed record SignUp([Id(0)] string UserId, [Id(1)] string Email, [Id(2)] string Password, [Id(3)] Role Role, [Id(4)] string DisplayName)
{
    /// <summary>The command without its password, so that logging a sign-up never writes one.</summary>
    public override string ToString() => $"SignUp {{ UserId = {UserId}, Email = {Email}, Role = {Role}, DisplayName = {DisplayName} }}";
}

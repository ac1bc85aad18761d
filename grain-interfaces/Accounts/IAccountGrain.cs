using Actors.Runtime;

namespace Marketplace.Accounts;

/// <summary>
/// A sign-in identity, keyed by the normalized email (<see cref="AccountKeys.Normalize"/>). It holds the user id,
/// the role, the display name and a PBKDF2 hash of the password. Signing up also creates the profile of the
/// role (<c>IFreelancerGrain</c> or <c>IClientGrain</c>, same user id), before the account is written.
/// </summary>
public interface IAccountGrain : IGrainWithStringKey
{
    /// <summary>
    /// Creates a client or freelancer account. Refused: an Admin role (<see cref="ErrorCodes.Forbidden"/>); a bad
    /// email, a password outside 10..200 characters, a display name empty or over 100 characters
    /// (<see cref="ErrorCodes.InvalidInput"/> naming "email", "password" or "displayName"); an email already
    /// taken (<see cref="ErrorCodes.AlreadyExists"/>, "email"). Repeating a successful sign-up (same user id, role
    /// and password) answers the same account and changes nothing.
    /// </summary>
    Task<AccountView> SignUpAsync(SignUp command);

    /// <summary>As <see cref="SignUpAsync"/>, for an operator account (role Admin, no profile). Only the api's seed/ops command calls it.</summary>
    Task<AccountView> RegisterAdminAsync(SignUp command);

    /// <summary>The account when <paramref name="password"/> is its password; otherwise <see cref="ErrorCodes.InvalidCredentials"/>, whether the email is unknown or the password wrong.</summary>
    Task<AccountView> SignInAsync(string password);
}

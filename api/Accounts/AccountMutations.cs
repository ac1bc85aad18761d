using Actors.GraphQL.Binding;
using Actors.Runtime;
using Marketplace.Accounts;
using Marketplace.Api.Auth;

namespace Marketplace.Api.Accounts;

/// <summary>signUp and signIn: an account grain per email, and a bearer token for the account.</summary>
[GraphQLType("Mutation")]
public sealed class AccountMutations
{
    public static async Task<AuthPayload> SignUpAsync(SignUpInput input, IGrainFactory grains, TokenIssuer tokens)
    {
        try
        {
            if (input.Role == Role.Admin)
            {
                throw new DomainException(ErrorCodes.Forbidden, "Admin accounts are not made by sign-up.", "role");
            }

            var email = AccountKeys.Normalize(input.Email);
            var account = await grains.GetGrain<IAccountGrain>(email).SignUpAsync(
                new SignUp(Guid.NewGuid().ToString("N"), email, input.Password, input.Role, input.DisplayName));
            return AuthPayload.SignedIn(account, tokens);
        }
        catch (DomainException refused)
        {
            return AuthPayload.Refused(refused);
        }
    }

    public static async Task<AuthPayload> SignInAsync(SignInInput input, IGrainFactory grains, TokenIssuer tokens)
    {
        try
        {
            if (!AccountKeys.TryNormalize(input.Email, out var email))
            {
                throw new DomainException(ErrorCodes.InvalidCredentials, "The email or the password is wrong.");
            }

            var account = await grains.GetGrain<IAccountGrain>(email).SignInAsync(input.Password);
            return AuthPayload.SignedIn(account, tokens);
        }
        catch (DomainException refused)
        {
            return AuthPayload.Refused(refused);
        }
    }
}

/// <summary>The input of signUp.</summary>
public sealed record SignUpInput(string Email, string Password, string DisplayName, Role Role);

/// <summary>The input of signIn.</summary>
public sealed record SignInInput(string Email, string Password);

/// <summary>The payload of signUp and signIn: a token and the user, or why not.</summary>
[GraphQLRuntimeType("AuthPayload")]
public sealed record AuthPayload(string? Token, DateTimeOffset? ExpiresAt, UserNode? User, IReadOnlyList<UserError> Errors)
{
    public static AuthPayload SignedIn(AccountView account, TokenIssuer tokens)
    {
        var token = tokens.Issue(account.UserId, account.Email, account.DisplayName, account.Role);
        return new(token.Token, token.ExpiresAt, UserNode.Of(account), []);
    }

    public static AuthPayload Refused(DomainException refused) => new(null, null, null, [UserError.From(refused)]);
}

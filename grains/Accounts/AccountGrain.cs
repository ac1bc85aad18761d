using Actors.Runtime;
using Actors.Runtime.Persistence;
using Actors.Runtime.Streams;
using Marketplace.Accounts;
using Marketplace.Grains.Hosting;
using Marketplace.Grains.Profiles;
using Marketplace.Profiles;

namespace Marketplace.Grains.Accounts;

/// <summary>
/// A sign-in identity keyed by normalized email. Sign-up validates everything, creates the role's profile
/// (idempotent), then writes the account and its <see cref="AccountCreated"/> event in one step; a sign-in on an
/// email without an account writes nothing and answers exactly as a wrong password does.
/// </summary>
public sealed class AccountGrain(
    [PersistentState("account")] IPersistentState<AccountState> state,
    MarketplaceGrainOptions options,
    TimeProvider clock) : Grain, IAccountGrain
{
    public const int MinPasswordLength = 10;
    public const int MaxPasswordLength = 200;
    public const int MaxUserIdLength = 100;

    public Task<AccountView> SignUpAsync(SignUp command)
    {
        ArgumentNullException.ThrowIfNull(command);
        CheckDefined(command.Role);
        if (command.Role == Role.Admin)
        {
            throw DomainException.Forbidden("Admin accounts are not open to sign-up.");
        }

        return CreateAsync(command);
    }

    public Task<AccountView> RegisterAdminAsync(SignUp command)
    {
        ArgumentNullException.ThrowIfNull(command);
        CheckDefined(command.Role);
        if (command.Role != Role.Admin)
        {
            throw DomainException.InvalidInput("role", "Only Admin accounts are registered this way; clients and freelancers sign up.");
        }

        return CreateAsync(command);
    }

    public Task<AccountView> SignInAsync(string password)
    {
        if (!state.RecordExists)
        {
            // As long as a wrong password takes, so that timing does not tell which emails have accounts.
            _ = PasswordHash.Create(password ?? string.Empty, options.PasswordIterations);
            DeactivateOnIdle();
            throw InvalidCredentials();
        }

        return PasswordHash.Verify(password ?? string.Empty, state.State.PasswordHash)
            ? Task.FromResult(View(state.State))
            : throw InvalidCredentials();
    }

    private async Task<AccountView> CreateAsync(SignUp command)
    {
        var userId = CheckUserId(command.UserId);
        var email = AccountKeys.Normalize(command.Email);
        if (email != GetPrimaryKeyString())
        {
            throw DomainException.InvalidInput("email", "The email is not the one this account is keyed by.");
        }

        var password = command.Password;
        if (password is null || password.Length < MinPasswordLength || password.Length > MaxPasswordLength)
        {
            throw DomainException.InvalidInput("password", $"A password has {MinPasswordLength} to {MaxPasswordLength} characters.");
        }

        var displayName = ProfileText.DisplayName(command.DisplayName);
        if (state.RecordExists)
        {
            var existing = state.State;
            if (existing.UserId == userId && existing.Role == command.Role && PasswordHash.Verify(password, existing.PasswordHash))
            {
                return View(existing); // the same sign-up again: a retry
            }

            throw new DomainException(ErrorCodes.AlreadyExists, "An account with this email exists already.", "email");
        }

        switch (command.Role)
        {
            case Role.Freelancer:
                await GrainFactory.GetGrain<IFreelancerGrain>(userId).InitializeAsync(displayName);
                break;
            case Role.Client:
                await GrainFactory.GetGrain<IClientGrain>(userId).InitializeAsync(displayName);
                break;
            case Role.Admin:
                break; // operators have no marketplace profile
        }

        var account = new AccountState
        {
            UserId = userId,
            Email = email,
            Role = command.Role,
            DisplayName = displayName,
            PasswordHash = PasswordHash.Create(password, options.PasswordIterations),
            CreatedAt = clock.GetUtcNow(),
        };
        state.State = account;
        state.RecordEvent(new StreamId(AccountStreams.Account, userId), new AccountCreated(userId, email, account.Role, displayName, account.CreatedAt));
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            DeactivateOnIdle(); // forget the unwritten account and its event; the next call reads what is stored
            throw;
        }

        return View(account);
    }

    private static string CheckUserId(string? userId) =>
        string.IsNullOrWhiteSpace(userId) || userId.Length > MaxUserIdLength || userId.Any(char.IsWhiteSpace)
            ? throw DomainException.InvalidInput("userId", $"A user id has 1 to {MaxUserIdLength} characters and no spaces.")
            : userId;

    private static void CheckDefined(Role role)
    {
        if (!Enum.IsDefined(role))
        {
            throw DomainException.InvalidInput("role", "The role is Client or Freelancer.");
        }
    }

    private static DomainException InvalidCredentials() => new(ErrorCodes.InvalidCredentials, "The email or the password is wrong.");

    private static AccountView View(AccountState account) =>
        new(account.UserId, account.Email, account.Role, account.DisplayName, account.CreatedAt);
}

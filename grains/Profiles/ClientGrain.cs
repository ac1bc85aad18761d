using Actors.Runtime;
using Actors.Runtime.Persistence;
using Actors.Runtime.Streams;
using Marketplace.Profiles;

namespace Marketplace.Grains.Profiles;

/// <summary>
/// A client's profile, keyed by user id: created by the account at sign-up, changed only by the client. Payment
/// method verification is simulated: a well-formed token ("tok_", 8..64 characters) is accepted unless it starts
/// with "tok_fail", which the simulated card network declines.
/// </summary>
public sealed class ClientGrain(
    [PersistentState("profile")] IPersistentState<ClientState> state,
    TimeProvider clock) : Grain, IClientGrain
{
    public const int MaxCompanyNameLength = 100;
    public const string CardTokenPrefix = "tok_";
    public const string DeclinedCardTokenPrefix = "tok_fail";
    public const int MinCardTokenLength = 8;
    public const int MaxCardTokenLength = 64;

    public async Task<ClientProfileView> InitializeAsync(string displayName)
    {
        var name = ProfileText.DisplayName(displayName);
        if (state.RecordExists)
        {
            return View(state.State);
        }

        var profile = new ClientState { DisplayName = name, UpdatedAt = clock.GetUtcNow() };
        await SaveAsync(profile, null);
        return View(profile);
    }

    public async Task<ClientProfileView> UpdateProfileAsync(string actorId, ClientProfileUpdate update)
    {
        ArgumentNullException.ThrowIfNull(update);
        var current = Own(actorId, "changes");
        var next = current with
        {
            CompanyName = update.CompanyName is null ? current.CompanyName : ProfileText.Bounded("companyName", update.CompanyName, MaxCompanyNameLength),
            Country = update.Country is null ? current.Country : ProfileText.Country(update.Country),
        };
        if (next == current)
        {
            return View(current);
        }

        next = next with { UpdatedAt = clock.GetUtcNow() };
        await SaveAsync(next, new ClientProfileUpdated(View(next)));
        return View(next);
    }

    public async Task<ClientProfileView> VerifyPaymentMethodAsync(string actorId, string cardToken)
    {
        var current = Own(actorId, "verifies a payment method for");
        if (cardToken is null || !cardToken.StartsWith(CardTokenPrefix, StringComparison.Ordinal)
            || cardToken.Length < MinCardTokenLength || cardToken.Length > MaxCardTokenLength)
        {
            throw DomainException.InvalidInput("cardToken", $"A card token starts with \"{CardTokenPrefix}\" and has {MinCardTokenLength} to {MaxCardTokenLength} characters.");
        }

        if (cardToken.StartsWith(DeclinedCardTokenPrefix, StringComparison.Ordinal))
        {
            throw new DomainException(ErrorCodes.PaymentMethodDeclined, "The card was declined.", "cardToken");
        }

        if (current.PaymentMethodVerified)
        {
            return View(current);
        }

        var now = clock.GetUtcNow();
        var next = current with { PaymentMethodVerified = true, VerifiedAt = now, UpdatedAt = now };
        await SaveAsync(next, new ClientPaymentMethodVerified(GetPrimaryKeyString(), now));
        return View(next);
    }

    public Task<ClientProfileView?> GetAsync() =>
        Task.FromResult(state.RecordExists ? View(state.State) : null);

    /// <summary>The profile, when <paramref name="actorId"/> is this client and the profile exists.</summary>
    private ClientState Own(string actorId, string action)
    {
        if (actorId != GetPrimaryKeyString())
        {
            throw DomainException.Forbidden($"Only the client {action} their own profile.");
        }

        return state.RecordExists ? state.State : throw DomainException.NotFound("Client profile", GetPrimaryKeyString());
    }

    private async Task SaveAsync(ClientState profile, object? domainEvent)
    {
        state.State = profile;
        if (domainEvent is not null)
        {
            state.RecordEvent(new StreamId(ProfileStreams.Client, GetPrimaryKeyString()), domainEvent);
        }

        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            DeactivateOnIdle(); // forget the unwritten change; the next call reads what is stored
            throw;
        }
    }

    private ClientProfileView View(ClientState profile) =>
        new(GetPrimaryKeyString(), profile.DisplayName, profile.CompanyName, profile.Country,
            profile.PaymentMethodVerified, profile.VerifiedAt, profile.UpdatedAt);
}

using Actors.Runtime;

namespace Marketplace.Profiles;

/// <summary>A client's profile, keyed by user id. The account creates it at sign-up; only the client changes it.</summary>
public interface IClientGrain : IGrainWithStringKey
{
    /// <summary>
    /// Creates the profile with <paramref name="displayName"/> (1..100 characters, else <see cref="ErrorCodes.InvalidInput"/>
    /// "displayName"); on a profile that exists it changes nothing and answers it as it is. Called by the account at sign-up.
    /// </summary>
    Task<ClientProfileView> InitializeAsync(string displayName);

    /// <summary>
    /// Applies <paramref name="update"/> for <paramref name="actorId"/>, who must be this client (<see cref="ErrorCodes.Forbidden"/>);
    /// <see cref="ErrorCodes.NotFound"/> when there is no profile; <see cref="ErrorCodes.InvalidInput"/> naming the bad field.
    /// </summary>
    Task<ClientProfileView> UpdateProfileAsync(string actorId, ClientProfileUpdate update);

    /// <summary>
    /// Verifies a payment method (simulated card network) for <paramref name="actorId"/>, who must be this client.
    /// <paramref name="cardToken"/> must start with "tok_" and have 8..64 characters (<see cref="ErrorCodes.InvalidInput"/>
    /// "cardToken"); a token starting with "tok_fail" is declined (<see cref="ErrorCodes.PaymentMethodDeclined"/>).
    /// Verifying again once verified changes nothing. The token itself is not kept.
    /// </summary>
    Task<ClientProfileView> VerifyPaymentMethodAsync(string actorId, string cardToken);

    /// <summary>The profile, or null when it was never created.</summary>
    Task<ClientProfileView?> GetAsync();
}

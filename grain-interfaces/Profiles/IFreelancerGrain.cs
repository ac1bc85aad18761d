using Actors.Runtime;

namespace Marketplace.Profiles;

/// <summary>A freelancer's profile, keyed by user id. The account creates it at sign-up; only the freelancer changes it.</summary>
public interface IFreelancerGrain : IGrainWithStringKey
{
    /// <summary>
    /// Creates the profile with <paramref name="displayName"/> (1..100 characters, else <see cref="ErrorCodes.InvalidInput"/>
    /// "displayName"); on a profile that exists it changes nothing and answers it as it is. Called by the account at sign-up.
    /// </summary>
    Task<FreelancerProfileView> InitializeAsync(string displayName);

    /// <summary>
    /// Applies <paramref name="update"/> for <paramref name="actorId"/>, who must be this freelancer
    /// (<see cref="ErrorCodes.Forbidden"/>); <see cref="ErrorCodes.NotFound"/> when there is no profile;
    /// <see cref="ErrorCodes.InvalidInput"/> naming the first bad field, changing nothing.
    /// </summary>
    Task<FreelancerProfileView> UpdateProfileAsync(string actorId, FreelancerProfileUpdate update);

    /// <summary>The profile, or null when it was never created.</summary>
    Task<FreelancerProfileView?> GetAsync();
}

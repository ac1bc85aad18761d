using Actors.Runtime;
using Actors.Runtime.Persistence;
using Actors.Runtime.Streams;
using Marketplace.Profiles;

namespace Marketplace.Grains.Profiles;

/// <summary>A freelancer's profile, keyed by user id: created by the account at sign-up, changed only by the freelancer.</summary>
public sealed class FreelancerGrain(
    [PersistentState("profile")] IPersistentState<FreelancerState> state,
    TimeProvider clock) : Grain, IFreelancerGrain
{
    public async Task<FreelancerProfileView> InitializeAsync(string displayName)
    {
        var name = ProfileText.DisplayName(displayName);
        if (state.RecordExists)
        {
            return View(state.State);
        }

        var profile = new FreelancerState { DisplayName = name, UpdatedAt = clock.GetUtcNow() };
        await SaveAsync(profile, recordEvent: false);
        return View(profile);
    }

    public async Task<FreelancerProfileView> UpdateProfileAsync(string actorId, FreelancerProfileUpdate update)
    {
        if (actorId != GetPrimaryKeyString())
        {
            throw DomainException.Forbidden("Only the freelancer changes their own profile.");
        }

        if (!state.RecordExists)
        {
            throw DomainException.NotFound("Freelancer profile", GetPrimaryKeyString());
        }

        var current = state.State;
        var next = FreelancerProfileRules.Apply(current, update, clock.GetUtcNow());
        if (FreelancerProfileRules.SameProfile(next, current))
        {
            return View(current);
        }

        await SaveAsync(next, recordEvent: true);
        return View(next);
    }

    public Task<FreelancerProfileView?> GetAsync() =>
        Task.FromResult(state.RecordExists ? View(state.State) : null);

    private async Task SaveAsync(FreelancerState profile, bool recordEvent)
    {
        state.State = profile;
        if (recordEvent)
        {
            state.RecordEvent(new StreamId(ProfileStreams.Freelancer, GetPrimaryKeyString()), new FreelancerProfileUpdated(View(profile)));
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

    private FreelancerProfileView View(FreelancerState profile) =>
        new(GetPrimaryKeyString(), profile.DisplayName, profile.Title, profile.Overview, [.. profile.Skills],
            profile.HourlyRateCents, profile.Availability, profile.Country, profile.UpdatedAt);
}

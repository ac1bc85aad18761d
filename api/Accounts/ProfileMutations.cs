using System.Security.Claims;
using Actors.GraphQL.Binding;
using Actors.Runtime;
using Marketplace.Api.Auth;
using Marketplace.Profiles;

namespace Marketplace.Api.Accounts;

/// <summary>The signed-in user's own profile.</summary>
[GraphQLType("Mutation")]
public sealed class ProfileMutations
{
    public static async Task<FreelancerProfilePayload> UpdateFreelancerProfileAsync(UpdateFreelancerProfileInput input, ClaimsPrincipal? user, IGrainFactory grains)
    {
        var viewer = Viewer.Require(user, Role.Freelancer);
        try
        {
            var update = new FreelancerProfileUpdate(
                input.DisplayName, input.Title, input.Overview, input.Skills, Money.ToCents(input.HourlyRate, "hourlyRate"), input.Availability, input.Country);
            return new(await grains.GetGrain<IFreelancerGrain>(viewer.UserId).UpdateProfileAsync(viewer.UserId, update), []);
        }
        catch (DomainException refused)
        {
            return new(null, [UserError.From(refused)]);
        }
    }

    public static async Task<ClientProfilePayload> UpdateClientProfileAsync(UpdateClientProfileInput input, ClaimsPrincipal? user, IGrainFactory grains)
    {
        var viewer = Viewer.Require(user, Role.Client);
        try
        {
            return new(await grains.GetGrain<IClientGrain>(viewer.UserId).UpdateProfileAsync(viewer.UserId, new ClientProfileUpdate(input.CompanyName, input.Country)), []);
        }
        catch (DomainException refused)
        {
            return new(null, [UserError.From(refused)]);
        }
    }

    public static async Task<ClientProfilePayload> VerifyPaymentMethodAsync(VerifyPaymentMethodInput input, ClaimsPrincipal? user, IGrainFactory grains)
    {
        var viewer = Viewer.Require(user, Role.Client);
        try
        {
            return new(await grains.GetGrain<IClientGrain>(viewer.UserId).VerifyPaymentMethodAsync(viewer.UserId, input.CardToken), []);
        }
        catch (DomainException refused)
        {
            return new(null, [UserError.From(refused)]);
        }
    }
}

/// <summary>The input of updateFreelancerProfile; null fields stay as they are.</summary>
public sealed record UpdateFreelancerProfileInput(
    string? DisplayName, string? Title, string? Overview, IReadOnlyList<string>? Skills, decimal? HourlyRate, Availability? Availability, string? Country);

/// <summary>The input of updateClientProfile; null fields stay as they are.</summary>
public sealed record UpdateClientProfileInput(string? CompanyName, string? Country);

/// <summary>The input of verifyPaymentMethod.</summary>
public sealed record VerifyPaymentMethodInput(string CardToken);

/// <summary>The payload of updateFreelancerProfile.</summary>
[GraphQLRuntimeType("FreelancerProfilePayload")]
public sealed record FreelancerProfilePayload(FreelancerProfileView? Freelancer, IReadOnlyList<UserError> Errors);

/// <summary>The payload of updateClientProfile and verifyPaymentMethod.</summary>
[GraphQLRuntimeType("ClientProfilePayload")]
public sealed record ClientProfilePayload(ClientProfileView? Client, IReadOnlyList<UserError> Errors);

using System.Security.Claims;
using Actors.GraphQL.Binding;
using Actors.Runtime;
using Marketplace.Api.Auth;
using Marketplace.Profiles;

namespace Marketplace.Api.Accounts;

/// <summary>me, freelancer(id), client(id).</summary>
[GraphQLType("Query")]
public sealed class AccountQueries
{
    /// <summary>The signed-in user, from the token's claims (no grain call is needed to answer its scalar fields).</summary>
    public static UserNode? Me(ClaimsPrincipal? user) =>
        Viewer.From(user) is { } viewer ? new UserNode(viewer.UserId, viewer.Email, user!.FindFirst(TokenClaims.Name)?.Value ?? "", viewer.Role) : null;

    public static Task<FreelancerProfileView?> FreelancerAsync(string id, IGrainFactory grains) =>
        GlobalId.Parse(id) is ("Freelancer", var userId) ? grains.GetGrain<IFreelancerGrain>(userId).GetAsync() : Task.FromResult<FreelancerProfileView?>(null);

    public static Task<ClientProfileView?> ClientAsync(string id, IGrainFactory grains) =>
        GlobalId.Parse(id) is ("Client", var userId) ? grains.GetGrain<IClientGrain>(userId).GetAsync() : Task.FromResult<ClientProfileView?>(null);
}

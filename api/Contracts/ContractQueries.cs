using System.Security.Claims;
using Actors.GraphQL.Binding;
using Actors.Runtime;
using Marketplace.Api.Auth;
using Marketplace.Contracts;

namespace Marketplace.Api.Contracts;

/// <summary>contract(id): for its two parties (and admins) only; null for anyone else, never saying whether it exists.</summary>
[GraphQLType("Query")]
public sealed class ContractQueries
{
    public static Task<ContractView?> ContractAsync(string id, ClaimsPrincipal? user, IGrainFactory grains) =>
        GlobalId.Parse(id) is (ContractFields.TypeName, var contractId) && Viewer.From(user) is { } viewer
            ? ContractAccess.VisibleContractAsync(grains, contractId, viewer)
            : Task.FromResult<ContractView?>(null);
}

/// <summary>Who may see a contract: its two parties (and admins, as the contract grain decides).</summary>
public static class ContractAccess
{
    /// <summary>The contract when it exists and <paramref name="viewer"/> may see it; null otherwise (never saying which).</summary>
    public static async Task<ContractView?> VisibleContractAsync(IGrainFactory grains, string contractId, Viewer viewer)
    {
        try
        {
            return await grains.GetGrain<IContractGrain>(contractId).GetAsync(viewer.UserId);
        }
        catch (DomainException refused) when (refused.Code is ErrorCodes.NotFound or ErrorCodes.Forbidden)
        {
            return null;
        }
    }
}

using Actors.GraphQL.Binding;
using Actors.Runtime;
using Marketplace.Accounts;
using Marketplace.Connects;
using Marketplace.Ledger;
using Marketplace.Profiles;

namespace Marketplace.Api.Accounts;

/// <summary>A signed-in user: the account, and the profile of its role.</summary>
public sealed record UserNode(string UserId, string Email, string DisplayName, Role Role)
{
    public const string TypeName = "User";

    public static UserNode Of(AccountView account) => new(account.UserId, account.Email, account.DisplayName, account.Role);
}

/// <summary>The fields of User that are not properties of <see cref="UserNode"/>.</summary>
[GraphQLType(UserNode.TypeName, RuntimeType = typeof(UserNode))]
public sealed class UserFields
{
    public static string Id([Parent] UserNode user) => GlobalId.Of(UserNode.TypeName, user.UserId);

    public static Task<FreelancerProfileView?> FreelancerAsync([Parent] UserNode user, IGrainFactory grains) =>
        user.Role == Role.Freelancer ? grains.GetGrain<IFreelancerGrain>(user.UserId).GetAsync() : Task.FromResult<FreelancerProfileView?>(null);

    public static Task<ClientProfileView?> ClientAsync([Parent] UserNode user, IGrainFactory grains) =>
        user.Role == Role.Client ? grains.GetGrain<IClientGrain>(user.UserId).GetAsync() : Task.FromResult<ClientProfileView?>(null);

    /// <summary>The client's wallet, the freelancer's available earnings; 0 for admins.</summary>
    public static async Task<decimal> BalanceAsync([Parent] UserNode user, IGrainFactory grains) => user.Role switch
    {
        Role.Client => Money.FromCents(await grains.GetGrain<ILedgerGrain>(ILedgerGrain.Key).BalanceAsync(LedgerAccount.ClientWallet(user.UserId))),
        Role.Freelancer => Money.FromCents(await grains.GetGrain<ILedgerGrain>(ILedgerGrain.Key).BalanceAsync(LedgerAccount.FreelancerAvailable(user.UserId))),
        _ => 0m,
    };

    public static async Task<int?> ConnectsAsync([Parent] UserNode user, IGrainFactory grains) =>
        user.Role == Role.Freelancer ? await grains.GetGrain<IConnectsGrain>(user.UserId).BalanceAsync() : null;
}

using System.Security.Claims;
using Actors.GraphQL.Binding;
using Actors.Runtime;
using Marketplace.Api.Auth;
using Marketplace.Api.Jobs;
using Marketplace.Contracts;
using Marketplace.Jobs;
using Marketplace.Profiles;

namespace Marketplace.Api.Contracts;

/// <summary>The fields of Contract read from <see cref="ContractView"/> that need translating or another grain.</summary>
[GraphQLType(TypeName, RuntimeType = typeof(ContractView))]
public sealed class ContractFields
{
    public const string TypeName = "Contract";

    public static string Id([Parent] ContractView contract) => GlobalId.Of(TypeName, contract.ContractId);

    public static Task<JobView?> JobAsync([Parent] ContractView contract, ClaimsPrincipal? user, IGrainFactory grains) =>
        JobAccess.VisibleJobAsync(grains, contract.JobId, Viewer.From(user));

    public static Task<ClientProfileView?> ClientAsync([Parent] ContractView contract, IGrainFactory grains) => grains.GetGrain<IClientGrain>(contract.ClientId).GetAsync();

    public static Task<FreelancerProfileView?> FreelancerAsync([Parent] ContractView contract, IGrainFactory grains) =>
        grains.GetGrain<IFreelancerGrain>(contract.FreelancerId).GetAsync();

    public static decimal? HourlyRate([Parent] ContractView contract) => Money.FromCents(contract.HourlyRateCents);

    public static decimal Escrow([Parent] ContractView contract) => Money.FromCents(contract.EscrowCents);

    public static decimal Paid([Parent] ContractView contract) => Money.FromCents(contract.PaidCents);

    public static decimal FreelancerEarned([Parent] ContractView contract) => Money.FromCents(contract.FreelancerEarnedCents);

    public static decimal Fees([Parent] ContractView contract) => Money.FromCents(contract.FeesCents);

    public static decimal Refunded([Parent] ContractView contract) => Money.FromCents(contract.RefundedCents);
}

/// <summary>The fields of Milestone in dollars.</summary>
[GraphQLType("Milestone", RuntimeType = typeof(MilestoneView))]
public sealed class MilestoneFields
{
    public static decimal Amount([Parent] MilestoneView milestone) => Money.FromCents(milestone.AmountCents);
}

/// <summary>The fields of Invoice in dollars.</summary>
[GraphQLType("Invoice", RuntimeType = typeof(InvoiceView))]
public sealed class InvoiceFields
{
    public static decimal Amount([Parent] InvoiceView invoice) => Money.FromCents(invoice.AmountCents);
}

/// <summary>Declares the runtime type of TimeEntry, whose fields are all read from its properties.</summary>
[GraphQLType("TimeEntry", RuntimeType = typeof(TimeEntryView))]
public sealed class TimeEntryFields;

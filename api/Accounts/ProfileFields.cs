using Actors.GraphQL.Binding;
using Marketplace.Profiles;

namespace Marketplace.Api.Accounts;

/// <summary>The fields of Freelancer read from <see cref="FreelancerProfileView"/> that need translating.</summary>
[GraphQLType(TypeName, RuntimeType = typeof(FreelancerProfileView))]
public sealed class FreelancerFields
{
    public const string TypeName = "Freelancer";

    public static string Id([Parent] FreelancerProfileView freelancer) => GlobalId.Of(TypeName, freelancer.UserId);

    public static decimal? HourlyRate([Parent] FreelancerProfileView freelancer) => Money.FromCents(freelancer.HourlyRateCents);
}

/// <summary>The fields of Client read from <see cref="ClientProfileView"/> that need translating.</summary>
[GraphQLType(TypeName, RuntimeType = typeof(ClientProfileView))]
public sealed class ClientFields
{
    public const string TypeName = "Client";

    public static string Id([Parent] ClientProfileView client) => GlobalId.Of(TypeName, client.UserId);
}

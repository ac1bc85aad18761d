namespace Marketplace.Api.Auth;

/// <summary>Roles as tokens and the schema spell them: CLIENT, FREELANCER, ADMIN.</summary>
public static class RoleNames
{
    public const string Client = "CLIENT";
    public const string Freelancer = "FREELANCER";
    public const string Admin = "ADMIN";

    public static string Of(Role role) => role switch
    {
        Role.Client => Client,
        Role.Freelancer => Freelancer,
        _ => Admin,
    };

    public static Role? Parse(string? name) => name switch
    {
        Client => Role.Client,
        Freelancer => Role.Freelancer,
        Admin => Role.Admin,
        _ => null,
    };
}

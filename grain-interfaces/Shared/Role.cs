namespace Marketplace;

/// <summary>What an account is for; a token carries it as its role claim.</summary>
public enum Role
{
    Client,
    Freelancer,
    Admin,
}

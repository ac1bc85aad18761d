using Marketplace.Accounts;

namespace Marketplace.Grains.Tests.Accounts;

/// <summary>Sign-ups for tests: a fresh email and user id each time.</summary>
internal static class SignUps
{
    public const string Password = "correct horse battery";

    public static string NewEmail() => $"ana.{Guid.NewGuid():N}@example.com";

    public static SignUp Freelancer(string? email = null) =>
        new(Guid.NewGuid().ToString("N"), email ?? NewEmail(), Password, Role.Freelancer, "Ana Lima");

    public static SignUp Client(string? email = null) =>
        new(Guid.NewGuid().ToString("N"), email ?? NewEmail(), Password, Role.Client, "Bruno Costa");
}

namespace Marketplace.Silo.Health;

public static class HealthTags
{
    /// <summary>Checks that must pass before the silo takes traffic (<c>/health/ready</c>).</summary>
    public const string Ready = "ready";
}

namespace Marketplace.Accounts;

/// <summary>The stream namespaces of the accounts area.</summary>
public static class AccountStreams
{
    /// <summary>One stream per account (key: user id): <see cref="AccountCreated"/>.</summary>
    public const string Account = "account";
}

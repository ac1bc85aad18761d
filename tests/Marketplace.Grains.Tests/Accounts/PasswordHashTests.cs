using System.Text.RegularExpressions;
using Marketplace.Grains.Accounts;

namespace Marketplace.Grains.Tests.Accounts;

public sealed partial class PasswordHashTests
{
    [GeneratedRegex(@"^pbkdf2-sha256\$(\d+)\$([A-Za-z0-9+/=]+)\$([A-Za-z0-9+/=]+)$")]
    private static partial Regex StoredForm();

    [Fact]
    public void A_hash_is_stored_with_its_scheme_iterations_16_byte_salt_and_32_byte_hash()
    {
        var stored = PasswordHash.Create("correct horse battery", 1_234);

        var match = StoredForm().Match(stored);
        Assert.True(match.Success, stored);
        Assert.Equal("1234", match.Groups[1].Value);
        Assert.Equal(16, Convert.FromBase64String(match.Groups[2].Value).Length);
        Assert.Equal(32, Convert.FromBase64String(match.Groups[3].Value).Length);
        Assert.DoesNotContain("correct horse battery", stored, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_password_hashes_differently_each_time_and_both_verify()
    {
        var first = PasswordHash.Create("correct horse battery", 1_000);
        var second = PasswordHash.Create("correct horse battery", 1_000);

        Assert.NotEqual(first, second);
        Assert.True(PasswordHash.Verify("correct horse battery", first));
        Assert.True(PasswordHash.Verify("correct horse battery", second));
    }

    [Fact]
    public void A_hash_verifies_with_the_iterations_it_was_made_with_not_the_current_setting()
    {
        var old = PasswordHash.Create("correct horse battery", 2_000);
        var current = PasswordHash.Create("correct horse battery", 5_000);

        Assert.True(PasswordHash.Verify("correct horse battery", old));
        Assert.True(PasswordHash.Verify("correct horse battery", current));
        // The iterations are part of the hash: claiming other iterations for the same salt and hash fails.
        Assert.False(PasswordHash.Verify("correct horse battery", old.Replace("$2000$", "$5000$", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_wrong_password_does_not_verify()
    {
        var stored = PasswordHash.Create("correct horse battery", 1_000);

        Assert.False(PasswordHash.Verify("correct horse batterY", stored));
        Assert.False(PasswordHash.Verify("", stored));
    }

    [Theory]
    [InlineData("")]
    [InlineData("correct horse battery")]
    [InlineData("pbkdf2-sha256$1000$c2FsdA==")]
    [InlineData("pbkdf2-sha1$1000$c2FsdHNhbHRzYWx0c2FsdA==$aGFzaA==")]
    [InlineData("pbkdf2-sha256$-5$c2FsdHNhbHRzYWx0c2FsdA==$aGFzaA==")]
    [InlineData("pbkdf2-sha256$0$c2FsdHNhbHRzYWx0c2FsdA==$aGFzaA==")]
    [InlineData("pbkdf2-sha256$1000$not base64!$aGFzaA==")]
    [InlineData("pbkdf2-sha256$1000$c2FsdHNhbHRzYWx0c2FsdA==$")]
    public void A_malformed_hash_verifies_nothing(string stored) =>
        Assert.False(PasswordHash.Verify("correct horse battery", stored));
}

using Marketplace.Accounts;

namespace Marketplace.Grains.Tests.Accounts;

public sealed class AccountKeysTests
{
    [Theory]
    [InlineData("ana@example.com", "ana@example.com")]
    [InlineData("  Ana.Lima@Example.COM ", "ana.lima@example.com")]
    [InlineData("a+tag@sub.example.co.uk", "a+tag@sub.example.co.uk")]
    public void An_email_is_trimmed_and_lower_cased(string email, string key) =>
        Assert.Equal(key, AccountKeys.Normalize(email));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("ana.example.com")]
    [InlineData("@example.com")]
    [InlineData("ana@")]
    [InlineData("ana@example")]
    [InlineData("ana@@example.com")]
    [InlineData("ana@b@example.com")]
    [InlineData("ana@.example.com")]
    [InlineData("ana@example.com.")]
    [InlineData("ana lima@example.com")]
    public void Anything_but_an_email_is_refused_naming_the_email(string? email)
    {
        var refused = Assert.Throws<DomainException>(() => AccountKeys.Normalize(email));

        Assert.Equal(ErrorCodes.InvalidInput, refused.Code);
        Assert.Equal("email", refused.Field);
        Assert.False(AccountKeys.TryNormalize(email, out _));
    }

    [Fact]
    public void An_email_may_have_254_characters_and_no_more()
    {
        var domain = "@example.com";
        var longest = new string('a', AccountKeys.MaxLength - domain.Length) + domain;

        Assert.Equal(longest, AccountKeys.Normalize(longest));
        Assert.Equal("email", Assert.Throws<DomainException>(() => AccountKeys.Normalize("a" + longest)).Field);
    }
}

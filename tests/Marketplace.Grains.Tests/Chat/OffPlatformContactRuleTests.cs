using Marketplace.Grains.Chat;

namespace Marketplace.Grains.Tests.Chat;

public sealed class OffPlatformContactRuleTests
{
    [Theory]
    [InlineData("write me at jane.doe@example.com", "an email address")]
    [InlineData("JANE_DOE+upwork@mail.co.uk works too", "an email address")]
    [InlineData("jane (at) gmail (dot) com", "an email address")]
    [InlineData("call me on +1 (555) 123-4567", "a phone number")]
    [InlineData("my number 0044 20 7946 0958", "a phone number")]
    [InlineData("ring 5551234567 after six", "a phone number")]
    [InlineData("text 555-1234 extension 9", "a phone number")]
    [InlineData("chat here: https://wa.me/15551234567", "a messenger link")]
    [InlineData("join t.me/janedoe", "a messenger link")]
    [InlineData("my skype: live:jane.doe_42", "a messenger handle")]
    [InlineData("Skype ID is jane.doe", "a messenger handle")]
    [InlineData("telegram @janedoe", "a messenger handle")]
    [InlineData("add me on WhatsApp please", "a request to talk on another messenger")]
    [InlineData("let's move this to Telegram", "a request to talk on another messenger")]
    [InlineData("can we talk over signal instead", "a request to talk on another messenger")]
    [InlineData("just whatsapp me", "a request to talk on another messenger")]
    [InlineData("contact me via wechat", "a request to talk on another messenger")]
    [InlineData("you can pay me through PayPal", "a request to pay off the platform")]
    [InlineData("send the payment to my venmo", "a request to pay off the platform")]
    [InlineData("I accept payment via Zelle", "a request to pay off the platform")]
    [InlineData("wire transfer is fine for me", "a request to pay off the platform")]
    [InlineData("use Western Union", "a request to pay off the platform")]
    [InlineData("we could pay outside to save fees", "a request to pay off the platform")]
    [InlineData("let's do this outside Upwork", "a request to pay off the platform")]
    [InlineData("cheaper outside the platform", "a request to pay off the platform")]
    [InlineData("pay me in bitcoin via crypto to bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh", "a request to pay off the platform")]
    [InlineData("wallet 0x52908400098527886E0F7030069857D2E4169EE7", "a crypto wallet address")]
    [InlineData("send to 1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2", "a crypto wallet address")]
    public void Contact_details_and_off_platform_payment_are_found(string text, string what) =>
        Assert.Equal(what, OffPlatformContactRule.FindViolation(text));

    [Theory]
    [InlineData("I have 10 years of experience")]
    [InlineData("budget is $1,500")]
    [InlineData("The budget is $1,500,000 over 2 years")]
    [InlineData("we run version 2.0.1 of the library")]
    [InlineData("Deadline is 2026-04-15, kickoff 15/03/2026")]
    [InlineData("I work 9:00-17:00 UTC, 40 hours a week, 3-5 days turnaround")]
    [InlineData("I built a Telegram bot and a WhatsApp Business API integration")]
    [InlineData("I integrated PayPal checkout into a Shopify store")]
    [InlineData("The sensor's signal strength drops near the wall")]
    [InlineData("We use Skype for Business internally, but Upwork messages are fine")]
    [InlineData("Pay through Upwork milestones, please; I'll submit the work at 5 pm")]
    [InlineData("Order #12345 shipped; see the @Component decorator in Angular")]
    [InlineData("The value is 3.14159265 and the ratio 1:2")]
    public void Ordinary_talk_passes(string text) =>
        Assert.Null(OffPlatformContactRule.FindViolation(text));
}

using System.Text.RegularExpressions;

namespace Marketplace.Grains.Chat;

/// <summary>
/// Upwork's rule for talk before a contract: no sharing or asking for contact details (email, phone, messenger
/// handles or links) and no asking to be paid off the platform. Each pattern below is one thing the rule looks for,
/// with the words a refusal uses for it. Messenger and payment names count only where they are used to reach
/// someone or to pay (a handle, "add me on", "pay me via"), so that "I built a Telegram bot" or "I integrated PayPal
/// checkout" pass. Dates are taken out before looking for phone numbers; amounts, versions and years never have
/// seven digits in a row without a comma or dot between them.
/// </summary>
public static class OffPlatformContactRule
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    /// <summary>Messengers outside the platform.</summary>
    private const string Messenger = @"(skype|whats\s?app|telegram|signal|wechat|viber)";

    /// <summary>Ways to pay outside the platform.</summary>
    private const string PaymentService = @"(pay\s?pal|venmo|zelle|cash\s?app|western\s+union|money\s?gram|wire\s+transfer|bank\s+transfer|bitcoin|btc|usdt|crypto(currency)?)";

    private static readonly TimeSpan s_timeout = TimeSpan.FromMilliseconds(250);

    /// <summary>Dates look like phone numbers to a digit count ("2024-01-15", "15/01/2024"); they are removed first.</summary>
    private static readonly Regex s_dates = new(@"\b(\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})\b", Options, s_timeout);

    private static readonly (string What, Regex Pattern)[] s_patterns =
    [
        ("an email address", Pattern(@"[a-z0-9._%+\-]+@[a-z0-9\-]+(\.[a-z0-9\-]+)*\.[a-z]{2,}")),
        ("an email address", Pattern(@"\b[a-z0-9._%+\-]+\s*[(\[]\s*at\s*[)\]]\s*[a-z0-9\-]+\s*([(\[]\s*dot\s*[)\]]|\s+dot\s+)\s*[a-z]{2,}\b")),
        ("a messenger link", Pattern(@"\b(wa\.me|t\.me|telegram\.(me|dog)|signal\.me|join\.skype\.com)/\S+")),
        ("a phone number", Pattern(@"(?<![\w$€£.,])\+?\(?\d([\s\-()]*\d){6,}(?![\w]|[.,]\d)")),
        ("a messenger handle", Pattern($@"\b{Messenger}\s*((id|handle|user\s?name|number|account|contact)\s*(is|:|-)?\s*|:\s*|\s+@)[@+]?[\w.\-]{{3,}}")),
        ("a messenger handle", Pattern(@"\bskype:[\w.:\-]{3,}")),
        ("a request to talk on another messenger", Pattern($@"\b(add|message|msg|text|ping|call|contact|reach|find|dm|hit)\s+(me|us)\s+(up\s+)?(on|via|at|over|through|in)\s+{Messenger}\b")),
        ("a request to talk on another messenger", Pattern($@"\b(move|switch|continue|talk|chat|connect|communicate|speak)\s+(this\s+|the\s+conversation\s+|us\s+)?(on|to|via|over|through|in)\s+{Messenger}\b")),
        ("a request to talk on another messenger", Pattern($@"\b{Messenger}\s+me\b")),
        ("a request to pay off the platform", Pattern($@"\b(pay|paid|send|transfer)\s+(me|you|us|it|the\s+(money|payment|funds|balance|rest))\b[^.!?\n]{{0,30}}?\b(via|through|with|by|on|over|using|to|into)\s+(my\s+|your\s+|a\s+)?{PaymentService}")),
        ("a request to pay off the platform", Pattern($@"\b(pay|payment|paid)\s+(via|through|with|by|over|using)\s+{PaymentService}")),
        ("a request to pay off the platform", Pattern($@"\b(my|your)\s+{PaymentService}\b")),
        ("a request to pay off the platform", Pattern($@"\b{PaymentService}\s+(account|id|email|address|details|instead|directly)\b")),
        ("a request to pay off the platform", Pattern(@"\b(wire\s+transfer|western\s+union|money\s?gram)\b")),
        ("a request to pay off the platform", Pattern(@"\bpay(ing|ment|ments)?\s+((me|you|us)\s+)?(directly\s+)?outside\b")),
        ("a request to pay off the platform", Pattern(@"\b(outside|off)\s+(of\s+)?(upwork|the\s+platform|this\s+platform|the\s+site)\b")),
        ("a crypto wallet address", Pattern(@"\b(0x[a-fA-F0-9]{40}|bc1[a-z0-9]{25,60}|[13][a-km-zA-HJ-NP-Z1-9]{25,34}|T[1-9A-HJ-NP-Za-km-z]{33})\b", caseSensitive: true)),
    ];

    /// <summary>What <paramref name="text"/> carries that the rule forbids ("an email address"...), or null when it is clean.</summary>
    public static string? FindViolation(string text)
    {
        var withoutDates = s_dates.Replace(text, " ");
        foreach (var (what, pattern) in s_patterns)
        {
            if (pattern.IsMatch(withoutDates))
            {
                return what;
            }
        }

        return null;
    }

    private static Regex Pattern(string pattern, bool caseSensitive = false) =>
        new(pattern, caseSensitive ? Options & ~RegexOptions.IgnoreCase : Options, s_timeout);
}

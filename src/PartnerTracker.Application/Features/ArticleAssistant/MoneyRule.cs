using System.Globalization;
using System.Text.RegularExpressions;
using PartnerTracker.Domain;

namespace PartnerTracker.Application.Features.ArticleAssistant;

/// <summary>
/// Money as articles write it: a currency sign or code, a number, a scale and a qualifier ("up to $100 billion",
/// "₩1.2 trillion", "¥150 billion", "€2bn", "5 billion won", "USD 40 million"), and values said to be undisclosed.
/// </summary>
public static partial class MoneyRule
{
    private static readonly Dictionary<string, string> Signs = new(StringComparer.Ordinal)
    {
        ["US$"] = "USD", ["$"] = "USD", ["€"] = "EUR", ["£"] = "GBP", ["¥"] = "JPY", ["₩"] = "KRW", ["₹"] = "INR",
        ["HK$"] = "HKD", ["A$"] = "AUD", ["C$"] = "CAD", ["S$"] = "SGD", ["NT$"] = "TWD", ["R$"] = "BRL", ["CHF"] = "CHF",
    };

    private static readonly Dictionary<string, string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["dollars"] = "USD", ["dollar"] = "USD", ["euros"] = "EUR", ["euro"] = "EUR", ["pounds"] = "GBP", ["yen"] = "JPY",
        ["won"] = "KRW", ["yuan"] = "CNY", ["renminbi"] = "CNY", ["rupees"] = "INR", ["francs"] = "CHF",
    };

    public static IReadOnlyList<MoneyMention> Find(Sentence sentence)
    {
        var found = new List<MoneyMention>();
        foreach (Match m in Amount().Matches(sentence.Text))
        {
            var currency = m.Groups["sign"].Success ? Signs[m.Groups["sign"].Value]
                : m.Groups["code"].Success ? m.Groups["code"].Value
                : m.Groups["word"].Success ? Words[m.Groups["word"].Value]
                : null;
            if (currency is null || !Currency.IsKnownCode(currency)
                || !decimal.TryParse(m.Groups["number"].Value.Replace(",", "", StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture, out var number))
            {
                continue;
            }

            var amount = number * Scale(m.Groups["scale"].Value);
            if (amount <= 0 || amount > Money.MaxAmount)
            {
                continue;
            }

            found.Add(new MoneyMention(m.Value.Trim(), Qualifier(m.Groups["qualifier"].Value), amount, currency, sentence.Text));
        }

        if (Undisclosed().Match(sentence.Text) is { Success: true } undisclosed)
        {
            found.Add(new MoneyMention(undisclosed.Value, MoneyQualifier.Undisclosed, null, null, sentence.Text));
        }

        return found;
    }

    private static decimal Scale(string scale) => scale.ToLowerInvariant() switch
    {
        "trillion" or "tn" or "t" => 1_000_000_000_000m,
        "billion" or "bn" or "b" => 1_000_000_000m,
        "million" or "mn" or "m" or "mln" => 1_000_000m,
        "thousand" or "k" => 1_000m,
        _ => 1m,
    };

    private static MoneyQualifier Qualifier(string qualifier) => qualifier.ToLowerInvariant() switch
    {
        "up to" or "as much as" or "no more than" => MoneyQualifier.UpTo,
        "at least" or "more than" or "over" or "in excess of" => MoneyQualifier.AtLeast,
        "about" or "approximately" or "around" or "roughly" or "nearly" or "almost" or "some" or "an estimated" => MoneyQualifier.Approximately,
        _ => MoneyQualifier.Exact,
    };

    [GeneratedRegex(
        @"(?:\b(?<qualifier>up to|as much as|no more than|at least|more than|over|in excess of|about|approximately|around|roughly|nearly|almost|some|an estimated)\s+)?"
        + @"(?:(?<sign>US\$|HK\$|A\$|C\$|S\$|NT\$|R\$|\$|€|£|¥|₩|₹)\s?|\b(?<code>(?-i:[A-Z]{3}))\s)"
        + @"(?<number>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
        + @"(?:\s?(?<scale>trillion|billion|million|thousand|tn|bn|mn|mln|[kmbtKMBT])\b)?"
        + @"|(?:\b(?<qualifier>up to|as much as|at least|more than|over|about|approximately|around|roughly|nearly|almost|some)\s+)?"
        + @"\b(?<number>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s?(?<scale>trillion|billion|million|thousand)?\s(?<word>dollars?|euros?|pounds|yen|won|yuan|renminbi|rupees|francs)\b",
        RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex Amount();

    [GeneratedRegex(
        @"\bundisclosed\b|\b(?:did not|didn't|declined to|would not|wouldn't) (?:disclose|reveal)\b|\b(?:terms|value|amount|price)\b[^.]{0,40}\b(?:not|weren't|wasn't) (?:disclosed|revealed)\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex Undisclosed();
}

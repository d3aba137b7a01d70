using System.Text.RegularExpressions;
using PartnerTracker.Domain;

namespace PartnerTracker.Application.Features.ArticleAssistant;

/// <summary>
/// Products: stored ones by name; a capitalised name right after a product noun ("AI agent app Kanana"); a name
/// described by an aside ("ChatGPT Enterprise, an advanced AI tool set ..."); and names listed with a product
/// ("Kanana ... as well as KakaoTalk").
/// </summary>
public sealed partial class ArticleAnalyzer
{
    private void FindProducts(TokenizedSentence sentence)
    {
        var found = new List<(Token First, Token Last)>();
        foreach (var run in sentence.Runs)
        {
            var before = run[0].Index > 0 ? sentence.Tokens[run[0].Index - 1] : null;
            if (before is not null && Lexicon.ProductNouns.TryGetValue(before.Text, out var kind) && !before.Capitalised
                && sentence.Gap(before, run[0]) == " " && AddProduct(sentence, run[0], run[^1], kind))
            {
                found.Add((run[0], run[^1]));
            }
        }

        if (Appositive().Match(sentence.Text) is { Success: true } aside)
        {
            var run = sentence.Runs.FirstOrDefault(r => r[0].Start == aside.Groups["name"].Index && r[^1].End == aside.Groups["name"].Index + aside.Groups["name"].Length);
            var kind = Lexicon.ProductNouns.GetValueOrDefault(aside.Groups["noun"].Value, ProductKind.Service);
            if (run is not null && AddProduct(sentence, run[0], run[^1], kind))
            {
                found.Add((run[0], run[^1]));
            }
        }

        // "... app Kanana, which will be released ..., as well as KakaoTalk": listed with a product, a product too.
        foreach (var product in found.ToList())
        {
            foreach (var run in sentence.Runs.Where(r => r[0].Index > product.Last.Index && !IsClaimed(sentence, r[0])))
            {
                var gap = sentence.Text[product.Last.End..run[0].Start];
                if ((gap is " and " or ", " or " as well as " or ", as well as " || (gap.StartsWith(", which", StringComparison.Ordinal) && gap.EndsWith(", as well as ", StringComparison.Ordinal)))
                    && !Lexicon.NotNames.Contains(run[0].Text) && !known.Companies.ContainsKey(sentence.Span(run[0], run[^1])))
                {
                    AddProduct(sentence, run[0], run[^1], ProductKind.Platform, listed: true);
                }
            }
        }
    }

    private bool AddProduct(TokenizedSentence sentence, Token first, Token last, ProductKind kind, bool listed = false)
    {
        var name = sentence.Span(first, last);
        if (Lexicon.NotNames.Contains(name) || !Claim(sentence, first, last, "product"))
        {
            return false;
        }

        AddMention(sentence, first, last, MentionKind.Product, ProductKey(name, kind, sentence, withRelease: !listed));
        return true;
    }

    private string ProductKey(string name, ProductKind kind, TokenizedSentence sentence, bool withRelease = false)
    {
        var stored = known.Products.GetValueOrDefault(name);
        var key = stored is not null ? $"product:{stored.Id}" : $"new-product:{name.ToUpperInvariant()}";
        if (!products.ContainsKey(key))
        {
            products[key] = new ProductProposal
            {
                Key = key, Name = stored?.Name ?? name, ExistingId = stored?.Id, Kind = kind, Quote = sentence.Text,
                CompanyKey = stored is not null ? $"company:{stored.CompanyId}" : null,
            };
            var release = DateRule.Find(sentence.Sentence, input.PublishedOn).FirstOrDefault(d => sentence.Text.Contains("release", StringComparison.OrdinalIgnoreCase) || sentence.Text.Contains("launch", StringComparison.OrdinalIgnoreCase));
            if (stored is null && withRelease && release is not null)
            {
                (products[key].Release, products[key].ReleasePrecision) = (release.Start, release.Precision);
            }
        }

        return key;
    }

    /// <summary>A product's owner when the article does not say: the company whose name starts the product's ("KakaoTalk" is Kakao's).</summary>
    private string? OwnerByName(ProductProposal product) =>
        companies.Values.Where(c => product.Name.StartsWith(c.Name, StringComparison.OrdinalIgnoreCase) || c.Aliases.Any(a => product.Name.StartsWith(a, StringComparison.OrdinalIgnoreCase)))
            .OrderByDescending(c => c.Name.Length).Select(c => c.Key).FirstOrDefault();

    // "ChatGPT Enterprise, an advanced AI tool set for ..." at the start of a sentence.
    [GeneratedRegex(@"^(?<name>[\p{Lu}][\p{L}\p{N}]*(?: [\p{Lu}][\p{L}\p{N}]*){0,3}), an? (?:[\p{L}\p{N}-]+ ){0,5}(?<noun>tool|app|application|platform|service|model|chatbot|assistant|messenger|software|device|chip)\b")]
    private static partial Regex Appositive();
}

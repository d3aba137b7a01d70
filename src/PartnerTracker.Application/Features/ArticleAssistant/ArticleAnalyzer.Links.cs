using System.Text.RegularExpressions;
using PartnerTracker.Domain;

namespace PartnerTracker.Application.Features.ArticleAssistant;

/// <summary>
/// Products and people on deals: a product "integrated into" or "deployed within" a partner goes on the deal
/// of the sentence (or the latest deal of a company it names), with its owner read from the sentence; a person
/// who "said" or "described" something of the deal is its spokesperson.
/// </summary>
public sealed partial class ArticleAnalyzer
{
    private void FindDealProductsAndPeople(TokenizedSentence sentence)
    {
        var orgs = MentionsIn(sentence, MentionKind.Company).ToList();
        var deal = DealOf(sentence, orgs.Select(o => o.Key));
        foreach (var mention in MentionsIn(sentence, MentionKind.Product))
        {
            var product = products[mention.Key];
            var role = ProductRoleOf(sentence.Text);
            if (product.IsNew && product.CompanyKey is null)
            {
                product.CompanyKey = OwnerByName(product) ?? OwnerFromSentence(sentence, orgs, deal, role);
            }

            if (deal is not null && role is { } r && !deal.Products.Any(p => p.ProductKey == mention.Key))
            {
                deal.Products.Add(new DealProductProposal { ProductKey = mention.Key, Role = r, Quote = sentence.Text });
            }
        }

        if (Speaks().IsMatch(sentence.Text))
        {
            foreach (var mention in MentionsIn(sentence, MentionKind.Person).Where(m => m.Last > m.First))
            {
                var person = people[mention.Key];
                var theirs = DealOf(sentence, person.CompanyKey is { } c ? [c] : []);
                if (theirs is not null && (DealReference().IsMatch(sentence.Text) || MentionsIn(sentence, MentionKind.Deal).Any())
                    && !theirs.People.Any(p => p.PersonKey == mention.Key))
                {
                    theirs.People.Add(new DealPersonProposal { PersonKey = mention.Key, Role = DealPersonRole.Spokesperson, Quote = sentence.Text });
                }
            }
        }
    }

    /// <summary>The deal the sentence names, else the latest deal one of these companies takes part in.</summary>
    private DealProposal? DealOf(TokenizedSentence sentence, IEnumerable<string> companyKeys)
    {
        if (MentionsIn(sentence, MentionKind.Deal).FirstOrDefault() is { } named)
        {
            return deals[named.Key];
        }

        var keys = companyKeys.ToHashSet();
        return deals.Values.LastOrDefault(d => d.Participants.Any(p => keys.Contains(p.CompanyKey)));
    }

    /// <summary>
    /// Who owns a product the sentence puts on a deal: integrated into the partner's product, it is the partner's
    /// (not the company whose models go in); deployed within a company, it is the other party's.
    /// </summary>
    private string? OwnerFromSentence(TokenizedSentence sentence, List<Mention> orgs, DealProposal? deal, DealProductRole? role)
    {
        if (deal is null)
        {
            return null;
        }

        var parties = deal.Participants.Select(p => p.CompanyKey).Distinct().ToList();
        var named = orgs.Select(o => o.Key).ToHashSet();
        return role switch
        {
            DealProductRole.IntegratesPartnerTechnology => ProviderOf(sentence, orgs) is { } provider
                ? parties.FirstOrDefault(p => p != provider.Key)
                : parties.FirstOrDefault(p => !named.Contains(p)),
            DealProductRole.DeployedAtPartner => parties.FirstOrDefault(p => !named.Contains(p)),
            _ => null,
        };
    }

    private static DealProductRole? ProductRoleOf(string text) =>
        Regex.IsMatch(text, @"\bintegrat\w*\b", RegexOptions.IgnoreCase) ? DealProductRole.IntegratesPartnerTechnology
        : Regex.IsMatch(text, @"\bdeploy\w*\b", RegexOptions.IgnoreCase) ? DealProductRole.DeployedAtPartner
        : Regex.IsMatch(text, @"\bco-develop\w*\b", RegexOptions.IgnoreCase) ? DealProductRole.CoDeveloped
        : Regex.IsMatch(text, @"\blicens\w*\b", RegexOptions.IgnoreCase) ? DealProductRole.Licensed
        : Regex.IsMatch(text, @"\bsuppl(?:y|ies|ied)\b", RegexOptions.IgnoreCase) ? DealProductRole.Supplied
        : null;

    [GeneratedRegex(@"\b(?:said|says|described|told|announced|commented|stated|explained)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Speaks();
}

namespace PartnerTracker.Application.Features.ArticleAssistant;

/// <summary>Renames a company key everywhere proposals refer to it (a new company found to be a stored one).</summary>
public static class ProposalKeys
{
    public static void Rename(ArticleProposals proposals, string from, string to)
    {
        foreach (var person in proposals.People.Where(p => p.CompanyKey == from))
        {
            person.CompanyKey = to;
        }

        foreach (var product in proposals.Products.Where(p => p.CompanyKey == from))
        {
            product.CompanyKey = to;
        }

        foreach (var participant in proposals.Deals.SelectMany(d => d.Participants).Where(p => p.CompanyKey == from))
        {
            participant.CompanyKey = to;
        }

        foreach (var e in proposals.Events)
        {
            e.CompanyKeys = e.CompanyKeys.Select(k => k == from ? to : k).Distinct().ToList();
        }
    }
}

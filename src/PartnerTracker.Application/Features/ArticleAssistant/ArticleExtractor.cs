using Microsoft.EntityFrameworkCore;
using PartnerTracker.Application.Common;
using PartnerTracker.Application.Features.Companies;
using PartnerTracker.Application.Features.Deals;
using PartnerTracker.Data;

namespace PartnerTracker.Application.Features.ArticleAssistant;

/// <summary>
/// Runs the assistant against the database: reads the article (<see cref="ArticleAnalyzer"/>), then matches what it
/// proposes to stored records so nothing is proposed twice: companies by name, alias or a close variant
/// (<see cref="CompanyLookup"/>), deals by name or by their participants, events by day and attendees, the source by
/// URL or title; and marks the roles an existing deal already records. Reads only; saves nothing.
/// </summary>
public sealed class ArticleExtractor(IDbContextFactory<PartnerTrackerDbContext> contexts, TimeProvider clock)
{
    public async Task<ArticleProposals> ExtractAsync(ArticleInput input, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var known = await KnownRecords.LoadAsync(db, ArticleAnalyzer.CandidateNames(input.Text), cancellationToken);
        var proposals = ArticleAnalyzer.Analyze(input, known);
        await MatchCloseCompaniesAsync(db, proposals, cancellationToken);
        await MatchDealsAsync(db, proposals, cancellationToken);
        await MarkRecordedLinksAsync(db, proposals, cancellationToken);
        await MatchEventsAsync(db, proposals, cancellationToken);
        await MatchSourceAsync(db, proposals, cancellationToken);
        await PrefillRatesAsync(db, proposals, cancellationToken);
        return proposals;
    }

    /// <summary>"Open AI" or "Samsung Electronic" is the stored company, not a new one; others get the close names as a note.</summary>
    private static async Task MatchCloseCompaniesAsync(PartnerTrackerDbContext db, ArticleProposals proposals, CancellationToken cancellationToken)
    {
        foreach (var company in proposals.Companies.Where(c => c.IsNew).ToList())
        {
            var matches = await CompanyLookup.FindAsync(db, company.Name, 5, cancellationToken);
            var close = matches.FirstOrDefault(m => IsSameName(company.Name, m.MatchedText));
            if (close is null)
            {
                company.Note = matches.Count == 0 ? null : $"Similar stored companies: {string.Join(", ", matches.Select(m => m.ToString()))}.";
                continue;
            }

            var key = $"company:{close.Id}";
            if (proposals.Company(key) is { } already)
            {
                ProposalKeys.Rename(proposals, company.Key, key);
                proposals.Companies.Remove(company);
                already.Note ??= $"also written “{company.Name}”";
                continue;
            }

            ProposalKeys.Rename(proposals, company.Key, key);
            (company.Key, company.ExistingId, company.Note) = (key, close.Id, $"“{company.Name}” in the article; stored as {close}");
            company.Name = close.Name;
            company.Aliases.Clear();
        }
    }

    /// <summary>Equal once case, spaces, punctuation and legal suffixes are set aside, or within a typo or two for longer names.</summary>
    public static bool IsSameName(string written, string stored)
    {
        var (a, b) = (NameKey(written), NameKey(stored));
        var tolerance = a.Length switch { <= 4 => 0, <= 8 => 1, _ => 2 };
        return a.Length > 0 && EditDistance.Osa(a, b) <= tolerance;
    }

    private static string NameKey(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 1 && Lexicon.CorporateSuffixes.Contains(words[^1].TrimEnd('.')) && words[^1] is not ("Group" or "Electronics" or "Bank"))
        {
            words.RemoveAt(words.Count - 1);
        }

        return new string(string.Concat(words).Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant).ToArray());
    }

    /// <summary>A new deal whose name is stored, or whose stored companies all take part in one stored deal, is that deal.</summary>
    private static async Task MatchDealsAsync(PartnerTrackerDbContext db, ArticleProposals proposals, CancellationToken cancellationToken)
    {
        foreach (var deal in proposals.Deals.Where(d => d.IsNew))
        {
            var stored = await KnownRecords.DealsNamed(db, [deal.Name]).FirstOrDefaultAsync(cancellationToken);
            var companyIds = deal.Participants.Select(p => proposals.Company(p.CompanyKey)?.ExistingId).ToList();
            if (stored is null && companyIds.Count > 0 && companyIds.All(id => id is not null))
            {
                var ids = companyIds.Select(id => id!.Value).Distinct().ToList();
                if (ids.Count >= 2)
                {
                    stored = await ArticleAssistantQueries.DealsWithAll(db, ids).FirstOrDefaultAsync(cancellationToken);
                }
            }

            if (stored is not null)
            {
                (deal.ExistingId, deal.ExistingName) = (stored.Id, stored.Name);
            }
        }
    }

    /// <summary>Roles, products and people an existing deal already records are shown but not added again.</summary>
    private static async Task MarkRecordedLinksAsync(PartnerTrackerDbContext db, ArticleProposals proposals, CancellationToken cancellationToken)
    {
        foreach (var deal in proposals.Deals.Where(d => d.ExistingId is not null))
        {
            var dealId = deal.ExistingId!.Value;
            var participants = await ArticleAssistantQueries.RecordedParticipants(db, dealId).ToListAsync(cancellationToken);
            var products = await ArticleAssistantQueries.RecordedProducts(db, dealId).ToListAsync(cancellationToken);
            var people = await ArticleAssistantQueries.RecordedPeople(db, dealId).ToListAsync(cancellationToken);
            foreach (var p in deal.Participants)
            {
                p.AlreadyRecorded = proposals.Company(p.CompanyKey)?.ExistingId is { } id && participants.Contains(new RecordedParticipant(id, p.Role));
            }

            foreach (var p in deal.Products)
            {
                p.AlreadyRecorded = proposals.Product(p.ProductKey)?.ExistingId is { } id && products.Contains(new RecordedProduct(id, p.Role));
            }

            foreach (var p in deal.People)
            {
                p.AlreadyRecorded = proposals.Person(p.PersonKey)?.ExistingId is { } id && people.Contains(new RecordedPerson(id, p.Role));
            }

            foreach (var link in deal.Participants.Where(p => p.AlreadyRecorded))
            {
                link.Include = false;
            }

            foreach (var link in deal.Products.Where(p => p.AlreadyRecorded))
            {
                link.Include = false;
            }

            foreach (var link in deal.People.Where(p => p.AlreadyRecorded))
            {
                link.Include = false;
            }
        }
    }

    /// <summary>A stored event of the same day and kind with the same people (two of them, or the one named) is that event.</summary>
    private static async Task MatchEventsAsync(PartnerTrackerDbContext db, ArticleProposals proposals, CancellationToken cancellationToken)
    {
        foreach (var e in proposals.Events.Where(e => e.Date is not null))
        {
            var attendeeIds = e.AttendeeKeys.Select(k => proposals.Person(k)?.ExistingId).OfType<int>().ToList();
            if (attendeeIds.Count == 0)
            {
                continue;
            }

            var candidates = await ArticleAssistantQueries.EventsOn(db, e.Date!.Value, attendeeIds).ToListAsync(cancellationToken);
            var needed = Math.Min(2, attendeeIds.Count);
            var best = candidates.Where(c => c.SharedAttendees >= needed)
                .OrderByDescending(c => c.Kind == e.Kind).ThenByDescending(c => c.SharedAttendees).ThenBy(c => c.Id).FirstOrDefault();
            if (best is not null)
            {
                (e.ExistingId, e.Name) = (best.Id, best.Name);
            }
        }

        // Two sentences that matched the same stored event are one proposal citing both.
        foreach (var group in proposals.Events.Where(e => e.ExistingId is not null).GroupBy(e => e.ExistingId).Where(g => g.Count() > 1).ToList())
        {
            var first = group.First();
            foreach (var other in group.Skip(1))
            {
                first.Quotes = first.Quotes.Union(other.Quotes).ToList();
                proposals.Events.Remove(other);
            }
        }
    }

    private static async Task MatchSourceAsync(PartnerTrackerDbContext db, ArticleProposals proposals, CancellationToken cancellationToken)
    {
        var article = proposals.Article;
        proposals.ExistingSourceId = await ArticleAssistantQueries.SameSource(db, Texts.Clean(article.Url), article.Title.Trim()).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>A value in another currency needs a dated rate to USD: the latest stored one on or before the publication date is offered.</summary>
    private async Task PrefillRatesAsync(PartnerTrackerDbContext db, ArticleProposals proposals, CancellationToken cancellationToken)
    {
        var on = proposals.Article.PublishedOn ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        foreach (var deal in proposals.Deals.Where(d => d.IsNew && d.ValueCurrency is { } c && c != "USD"))
        {
            if (await DealQueries.LatestRate(db, deal.ValueCurrency!, on).FirstOrDefaultAsync(cancellationToken) is { } rate)
            {
                (deal.FxRateToUsd, deal.FxRateDate, deal.FxRateSource) = (rate.RateToUsd, rate.Date, rate.Source);
            }
            else
            {
                deal.FxRateDate = on;
            }
        }
    }
}

using Microsoft.EntityFrameworkCore;
using PartnerTracker.Data;
using PartnerTracker.Domain;

namespace PartnerTracker.Application.Features.ArticleAssistant;

/// <summary>The assistant's matching queries, each run in the database (and registered for the SQL Server translation check).</summary>
public static class ArticleAssistantQueries
{
    /// <summary>Deals in which every one of the companies takes part, the closest (fewest other participants, top-level) first.</summary>
    public static IQueryable<KnownDeal> DealsWithAll(PartnerTrackerDbContext db, IReadOnlyCollection<int> companyIds) =>
        db.Deals.AsNoTracking()
            .Where(d => d.Participants.Where(p => companyIds.Contains(p.CompanyId)).Select(p => p.CompanyId).Distinct().Count() == companyIds.Count)
            .OrderBy(d => d.Participants.Select(p => p.CompanyId).Distinct().Count())
            .ThenBy(d => d.ParentDealId == null ? 0 : 1)
            .ThenBy(d => d.Id)
            .Select(d => new KnownDeal(d.Id, d.Name));

    /// <summary>The companies a deal records, each in its role.</summary>
    public static IQueryable<RecordedParticipant> RecordedParticipants(PartnerTrackerDbContext db, int dealId) =>
        db.DealParticipants.AsNoTracking().Where(p => p.DealId == dealId).Select(p => new RecordedParticipant(p.CompanyId, p.Role));

    public static IQueryable<RecordedProduct> RecordedProducts(PartnerTrackerDbContext db, int dealId) =>
        db.DealProducts.AsNoTracking().Where(p => p.DealId == dealId).Select(p => new RecordedProduct(p.ProductId, p.Role));

    public static IQueryable<RecordedPerson> RecordedPeople(PartnerTrackerDbContext db, int dealId) =>
        db.DealPeople.AsNoTracking().Where(p => p.DealId == dealId).Select(p => new RecordedPerson(p.PersonId, p.Role));

    /// <summary>Events that day with how many of these people attend them.</summary>
    public static IQueryable<StoredEvent> EventsOn(PartnerTrackerDbContext db, DateOnly day, IReadOnlyCollection<int> attendeeIds) =>
        db.Events.AsNoTracking()
            .Where(e => e.Date.Start == day && e.Attendees.Any(a => attendeeIds.Contains(a.PersonId)))
            .Select(e => new StoredEvent(e.Id, e.Name, e.Kind, e.Attendees.Count(a => attendeeIds.Contains(a.PersonId))));

    /// <summary>The stored source with this URL, or with this title when no URL is given.</summary>
    public static IQueryable<int?> SameSource(PartnerTrackerDbContext db, string? url, string title) =>
        url is not null
            ? db.SourceArticles.AsNoTracking().Where(s => s.Url == url).Select(s => (int?)s.Id)
            : db.SourceArticles.AsNoTracking().Where(s => s.Title == title).OrderBy(s => s.Id).Select(s => (int?)s.Id);
}

public sealed record RecordedParticipant(int CompanyId, ParticipantRole Role);

public sealed record RecordedProduct(int ProductId, DealProductRole Role);

public sealed record RecordedPerson(int PersonId, DealPersonRole Role);

public sealed record StoredEvent(int Id, string Name, EventKind Kind, int SharedAttendees);

using Microsoft.EntityFrameworkCore;
using PartnerTracker.Application.Features.Timelines;
using PartnerTracker.Data;

namespace PartnerTracker.Application.Features.Companies;

/// <summary>The company page's queries; each bounded so the busiest company's page stays one screenful of SQL.</summary>
public static class CompanyOverviewQueries
{
    public const int MaxRows = 200;

    public static IQueryable<CompanyProfile> Profile(PartnerTrackerDbContext db, int companyId) =>
        db.Companies.AsNoTracking().Where(c => c.Id == companyId).Select(c => new CompanyProfile(
            c.Id, c.Name, c.CountryCode, c.Sector, c.Website, c.Ticker, c.Description, c.ParentCompanyId, c.ParentCompany!.Name, c.Version));

    public static IQueryable<string> Aliases(PartnerTrackerDbContext db, int companyId) =>
        db.CompanyAliases.AsNoTracking().Where(a => a.CompanyId == companyId).OrderBy(a => a.Alias).Select(a => a.Alias);

    public static IQueryable<CompanyReference> Subsidiaries(PartnerTrackerDbContext db, int companyId) =>
        db.Companies.AsNoTracking().Where(c => c.ParentCompanyId == companyId).OrderBy(c => c.Name)
            .Select(c => new CompanyReference(c.Id, c.Name, c.CountryCode)).Take(MaxRows);

    public static IQueryable<CompanyDealRole> Deals(PartnerTrackerDbContext db, int companyId) =>
        db.DealParticipants.AsNoTracking().Where(p => p.CompanyId == companyId)
            .OrderBy(p => p.Deal!.Name).ThenBy(p => p.Role)
            .Select(p => new CompanyDealRole(p.DealId, p.Deal!.Name, p.Deal.Kind, p.Deal.Stage, p.Role, p.Verification)).Take(MaxRows);

    /// <summary>Companies sharing at least one deal with this one, most shared first.</summary>
    /// <remarks>
    /// Grouped from this company's deals out to their other participants, so the work grows with this company's
    /// deals. Asking every company instead whether it shares one (Companies.Where(c => c.Participations.Any(...)))
    /// made SQLite probe every company against every shared deal: for the busiest company, 481 ms at 10k deals and
    /// 27 s at 100k, against 1.7 ms and 9.8 ms in this shape (docs/benchmarks.md, company page). Keep the
    /// IN (...) + GROUP BY shape.
    /// </remarks>
    public static IQueryable<CompanyPartner> Partners(PartnerTrackerDbContext db, int companyId)
    {
        var shared = db.DealParticipants.Where(p => p.CompanyId == companyId).Select(p => p.DealId);
        return db.DealParticipants.AsNoTracking()
            .Where(p => p.CompanyId != companyId && shared.Contains(p.DealId))
            .GroupBy(p => new { p.CompanyId, p.Company!.Name })
            .Select(g => new { g.Key.CompanyId, g.Key.Name, Shared = g.Select(p => p.DealId).Distinct().Count() })
            .OrderByDescending(p => p.Shared).ThenBy(p => p.Name).Take(MaxRows)
            .Select(p => new CompanyPartner(p.CompanyId, p.Name, p.Shared));
    }

    public static IQueryable<CompanyReference> People(PartnerTrackerDbContext db, int companyId) =>
        db.People.AsNoTracking().Where(p => p.CompanyId == companyId).OrderBy(p => p.FullName)
            .Select(p => new CompanyReference(p.Id, p.FullName, p.Title)).Take(MaxRows);

    /// <remarks>
    /// The company's deals first (DealId IN (...)), then their stage changes by the DealId index, sorted: the work
    /// grows with this company's deals. A correlated Deal.Participants.Any(...) let SQLite walk all stage changes
    /// in date order until 200 matched: 20.5 ms against 6.3 ms for the busiest company at 100k deals, and 267 ms
    /// against 0.25 ms for a company in 4 deals, whose walk never stops early (docs/benchmarks.md, company page).
    /// </remarks>
    public static IQueryable<TimelineItem> StageChanges(PartnerTrackerDbContext db, int companyId)
    {
        var dealIds = db.DealParticipants.Where(p => p.CompanyId == companyId).Select(p => p.DealId);
        return db.StageChanges.AsNoTracking().Where(s => dealIds.Contains(s.DealId))
            .OrderByDescending(s => s.EffectiveOn.Start).ThenByDescending(s => s.Id).Take(MaxRows)
            .Select(s => new TimelineItem(
                s.EffectiveOn.Start, s.EffectiveOn.Precision, TimelineKind.StageChange, s.Id, s.Deal!.Name, "/deals/" + s.DealId, s.FromStage, s.ToStage, null));
    }

    /// <summary>The company's deals by the date they were announced, in the same IN (...) shape as the stage changes.</summary>
    public static IQueryable<TimelineItem> Announcements(PartnerTrackerDbContext db, int companyId)
    {
        var dealIds = db.DealParticipants.Where(p => p.CompanyId == companyId).Select(p => p.DealId);
        return db.Deals.AsNoTracking().Where(d => dealIds.Contains(d.Id) && d.AnnouncedOn != null)
            .OrderByDescending(d => d.AnnouncedOn!.Start).ThenByDescending(d => d.Id).Take(MaxRows)
            .Select(d => new TimelineItem(d.AnnouncedOn!.Start, d.AnnouncedOn.Precision, TimelineKind.Announced, d.Id, d.Name, "/deals/" + d.Id, null, d.Stage, null));
    }

    public static IQueryable<TimelineItem> Events(PartnerTrackerDbContext db, int companyId) =>
        db.EventCompanies.AsNoTracking().Where(e => e.CompanyId == companyId)
            .OrderByDescending(e => e.Event!.Date.Start).ThenByDescending(e => e.EventId).Take(MaxRows)
            .Select(e => new TimelineItem(
                e.Event!.Date.Start, e.Event.Date.Precision, TimelineKind.Event, e.EventId, e.Event.Name, "/events/" + e.EventId, null, null, e.Event.Place));

    /// <summary>The company's timeline: its three parts (stage changes, announcements, events), latest first, at most MaxRows.</summary>
    public static async Task<IReadOnlyList<TimelineItem>> TimelineAsync(PartnerTrackerDbContext db, int companyId, CancellationToken cancellationToken = default)
    {
        var timeline = await StageChanges(db, companyId).ToListAsync(cancellationToken);
        timeline.AddRange(await Announcements(db, companyId).ToListAsync(cancellationToken));
        timeline.AddRange(await Events(db, companyId).ToListAsync(cancellationToken));

        // Each part holds its latest MaxRows, so the latest MaxRows of all three are among them.
        return TimelineOrder.LatestFirst(timeline).Take(MaxRows).ToList();
    }

    public static IQueryable<string> Quotes(PartnerTrackerDbContext db, int companyId) =>
        db.Citations.AsNoTracking().Where(c => c.CompanyId == companyId).OrderBy(c => c.Id).Select(c => c.Quote).Take(MaxRows);
}

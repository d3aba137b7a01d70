using Microsoft.EntityFrameworkCore;
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
    public static IQueryable<CompanyPartner> Partners(PartnerTrackerDbContext db, int companyId)
    {
        var shared = db.DealParticipants.Where(p => p.CompanyId == companyId).Select(p => p.DealId);
        return db.Companies.AsNoTracking()
            .Where(c => c.Id != companyId && c.Participations.Any(p => shared.Contains(p.DealId)))
            .Select(c => new { c.Id, c.Name, Shared = c.Participations.Where(p => shared.Contains(p.DealId)).Select(p => p.DealId).Distinct().Count() })
            .OrderByDescending(p => p.Shared).ThenBy(p => p.Name).Take(MaxRows)
            .Select(p => new CompanyPartner(p.Id, p.Name, p.Shared));
    }

    public static IQueryable<CompanyReference> People(PartnerTrackerDbContext db, int companyId) =>
        db.People.AsNoTracking().Where(p => p.CompanyId == companyId).OrderBy(p => p.FullName)
            .Select(p => new CompanyReference(p.Id, p.FullName, p.Title)).Take(MaxRows);

    public static IQueryable<TimelineEntry> StageChanges(PartnerTrackerDbContext db, int companyId) =>
        db.StageChanges.AsNoTracking().Where(s => s.Deal!.Participants.Any(p => p.CompanyId == companyId))
            .OrderByDescending(s => s.EffectiveOn.Start).Take(MaxRows)
            .Select(s => new TimelineEntry(s.EffectiveOn.Start, s.EffectiveOn.Precision, s.Deal!.Name + ": " + s.ToStage, "/deals/" + s.DealId));

    public static IQueryable<TimelineEntry> Events(PartnerTrackerDbContext db, int companyId) =>
        db.EventCompanies.AsNoTracking().Where(e => e.CompanyId == companyId)
            .OrderByDescending(e => e.Event!.Date.Start).Take(MaxRows)
            .Select(e => new TimelineEntry(e.Event!.Date.Start, e.Event.Date.Precision, e.Event.Name, "/events/" + e.EventId));

    public static IQueryable<string> Quotes(PartnerTrackerDbContext db, int companyId) =>
        db.Citations.AsNoTracking().Where(c => c.CompanyId == companyId).OrderBy(c => c.Id).Select(c => c.Quote).Take(MaxRows);
}

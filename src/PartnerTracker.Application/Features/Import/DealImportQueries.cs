using Microsoft.EntityFrameworkCore;
using PartnerTracker.Application.Common;
using PartnerTracker.Data;
using PartnerTracker.Domain;

namespace PartnerTracker.Application.Features.Import;

public sealed record NamedCompany(int Id, string Name, string Matched, string Normalized);

/// <summary>The import's lookups, each run for a batch of names at once rather than row by row.</summary>
public static class DealImportQueries
{
    /// <summary>At most this many values go into one IN list (SQL Server allows 2,100 parameters).</summary>
    public const int BatchSize = 500;

    public static IQueryable<NamedCompany> CompaniesNamed(PartnerTrackerDbContext db, IReadOnlyCollection<string> normalized) =>
        db.Companies.AsNoTracking().Where(c => normalized.Contains(c.NormalizedName))
            .Select(c => new NamedCompany(c.Id, c.Name, c.Name, c.NormalizedName));

    public static IQueryable<NamedCompany> CompaniesAliased(PartnerTrackerDbContext db, IReadOnlyCollection<string> normalized) =>
        db.CompanyAliases.AsNoTracking().Where(a => normalized.Contains(a.NormalizedAlias))
            .OrderBy(a => a.Company!.Name)
            .Select(a => new NamedCompany(a.CompanyId, a.Company!.Name, a.Alias, a.NormalizedAlias));

    public static IQueryable<IdName> DealsNamed(PartnerTrackerDbContext db, IReadOnlyCollection<string> names) =>
        db.Deals.AsNoTracking().Where(d => names.Contains(d.Name)).Select(d => new IdName(d.Id, d.Name));

    public static IQueryable<FxRate> Rates(PartnerTrackerDbContext db, IReadOnlyCollection<string> currencies, IReadOnlyCollection<DateOnly> dates) =>
        db.FxRates.AsNoTracking().Where(r => currencies.Contains(r.CurrencyCode) && dates.Contains(r.Date));
}

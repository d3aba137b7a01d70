using Microsoft.EntityFrameworkCore;
using PartnerTracker.Application.Common;
using PartnerTracker.Data;
using PartnerTracker.Domain;

namespace PartnerTracker.Application.Features.Companies;

public static class CompanyQueries
{
    public static readonly SortColumns<Company> Sort = new SortColumns<Company>(nameof(CompanyListItem.Name), c => c.Id)
        .Add(nameof(CompanyListItem.Name), c => c.Name)
        .Add(nameof(CompanyListItem.CountryCode), c => c.CountryCode)
        .Add(nameof(CompanyListItem.Sector), c => c.Sector)
        .Add(nameof(CompanyListItem.ParentCompanyName), c => c.ParentCompany!.Name)
        .Add(nameof(CompanyListItem.DealCount), c => c.Participations.Select(p => p.DealId).Distinct().Count());

    /// <summary>
    /// Companies whose name or an alias contains <paramref name="search"/>, in a country and a sector; each
    /// condition applies only when given.
    /// </summary>
    public static IQueryable<Company> List(PartnerTrackerDbContext db, string? search = null, string? countryCode = null, string? sector = null)
    {
        var companies = db.Companies.AsNoTracking();
        if (TextSearch.ContainsPattern(search) is { } pattern)
        {
            companies = companies.Where(c => EF.Functions.Like(c.Name, pattern, TextSearch.EscapeText)
                || c.Aliases.Any(a => EF.Functions.Like(a.Alias, pattern, TextSearch.EscapeText)));
        }

        if (!string.IsNullOrWhiteSpace(countryCode))
        {
            var country = countryCode.Trim().ToUpperInvariant();
            companies = companies.Where(c => c.CountryCode == country);
        }

        if (!string.IsNullOrWhiteSpace(sector))
        {
            var wanted = sector.Trim();
            companies = companies.Where(c => c.Sector == wanted);
        }

        return companies;
    }

    /// <summary>The sectors in use, for filters: a short list however many companies there are.</summary>
    public static IQueryable<string> Sectors(PartnerTrackerDbContext db) =>
        db.Companies.AsNoTracking().Where(c => c.Sector != null).Select(c => c.Sector!).Distinct().OrderBy(s => s);

    public static IQueryable<string> Name(PartnerTrackerDbContext db, int companyId) =>
        db.Companies.AsNoTracking().Where(c => c.Id == companyId).Select(c => c.Name);
}

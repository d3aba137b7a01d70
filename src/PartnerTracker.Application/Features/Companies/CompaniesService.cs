using AutoMapper;
using Microsoft.EntityFrameworkCore;
using PartnerTracker.Application.Common;
using PartnerTracker.Data;
using PartnerTracker.Domain;

namespace PartnerTracker.Application.Features.Companies;

public sealed class CompaniesService(IDbContextFactory<PartnerTrackerDbContext> contexts, IMapper mapper)
{
    public Task<PagedResult<CompanyListItem>> GetPageAsync(ListRequest request, CancellationToken cancellationToken = default) =>
        GetPageAsync(request, null, null, cancellationToken);

    /// <param name="countryCode">ISO 3166-1 alpha-2, or null for any country.</param>
    /// <param name="sector">A sector as stored, or null for any.</param>
    public async Task<PagedResult<CompanyListItem>> GetPageAsync(ListRequest request, string? countryCode, string? sector, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await CompanyQueries.List(db, request.Search, countryCode, sector).ToPagedResultAsync<Company, CompanyListItem>(request, CompanyQueries.Sort, mapper.ConfigurationProvider, cancellationToken);
    }

    /// <returns>Null when no company has that id.</returns>
    public async Task<CompanyOverview?> GetOverviewAsync(int companyId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var profile = await CompanyOverviewQueries.Profile(db, companyId).SingleOrDefaultAsync(cancellationToken);
        if (profile is null)
        {
            return null;
        }

        var timeline = await CompanyOverviewQueries.TimelineAsync(db, companyId, cancellationToken);
        return new CompanyOverview(
            profile,
            await CompanyOverviewQueries.Aliases(db, companyId).ToListAsync(cancellationToken),
            await CompanyOverviewQueries.Subsidiaries(db, companyId).ToListAsync(cancellationToken),
            await CompanyOverviewQueries.Deals(db, companyId).ToListAsync(cancellationToken),
            await CompanyOverviewQueries.Partners(db, companyId).ToListAsync(cancellationToken),
            await CompanyOverviewQueries.People(db, companyId).ToListAsync(cancellationToken),
            timeline,
            await CompanyOverviewQueries.Quotes(db, companyId).ToListAsync(cancellationToken));
    }

    public async Task<IReadOnlyList<string>> GetSectorsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await CompanyQueries.Sectors(db).ToListAsync(cancellationToken);
    }

    /// <returns>Null when no company has that id.</returns>
    public async Task<string?> GetNameAsync(int companyId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await CompanyQueries.Name(db, companyId).SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>Companies whose name or alias matches what was typed, typos tolerated, best first.</summary>
    public async Task<IReadOnlyList<CompanyMatch>> FindAsync(string? text, int max = 10, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await CompanyLookup.FindAsync(db, text, max, cancellationToken);
    }
}

using AutoMapper;
using Microsoft.EntityFrameworkCore;
using PartnerTracker.Application.Common;
using PartnerTracker.Data;
using PartnerTracker.Domain;

namespace PartnerTracker.Application.Features.Companies;

public sealed class CompaniesService(IDbContextFactory<PartnerTrackerDbContext> contexts, IMapper mapper)
{
    public async Task<PagedResult<CompanyListItem>> GetPageAsync(ListRequest request, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await CompanyQueries.List(db).ToPagedResultAsync<Company, CompanyListItem>(request, CompanyQueries.Sort, mapper.ConfigurationProvider, cancellationToken);
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

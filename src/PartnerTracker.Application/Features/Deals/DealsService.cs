using AutoMapper;
using Microsoft.EntityFrameworkCore;
using PartnerTracker.Application.Common;
using PartnerTracker.Data;

namespace PartnerTracker.Application.Features.Deals;

/// <summary>Reads for the deals list and the deal page; one short-lived context per call.</summary>
public sealed class DealsService(IDbContextFactory<PartnerTrackerDbContext> contexts, IMapper mapper)
{
    public async Task<PagedResult<DealListItem>> GetPageAsync(DealFilter filter, ListRequest request, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await DealQueries.List(db, filter).ToPagedResultAsync<Domain.Deal, DealListItem>(request, DealQueries.Sort, mapper.ConfigurationProvider, cancellationToken);
    }

    /// <summary>A deal's name alone (one column), for a form that names a related deal; null when no deal has that id.</summary>
    public async Task<string?> GetNameAsync(int dealId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Deals.Where(d => d.Id == dealId).Select(d => d.Name).SingleOrDefaultAsync(cancellationToken);
    }

    /// <returns>Null when no deal has that id.</returns>
    public async Task<DealDetails?> GetDetailsAsync(int dealId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var mapping = mapper.ConfigurationProvider;
        var header = await DealQueries.Header(db, dealId, mapping).SingleOrDefaultAsync(cancellationToken);
        if (header is null)
        {
            return null;
        }

        var related = await DealQueries.SubDeals(db, dealId).ToListAsync(cancellationToken);
        related.AddRange(await DealQueries.LinkedDeals(db, dealId).ToListAsync(cancellationToken));
        return new DealDetails(
            header,
            await DealQueries.Participants(db, dealId, mapping).ToListAsync(cancellationToken),
            await DealQueries.People(db, dealId, mapping).ToListAsync(cancellationToken),
            await DealQueries.Products(db, dealId, mapping).ToListAsync(cancellationToken),
            await DealQueries.StageHistory(db, dealId, mapping).ToListAsync(cancellationToken),
            await DealQueries.Citations(db, dealId, mapping).ToListAsync(cancellationToken),
            related,
            await DealQueries.Events(db, dealId, mapping).ToListAsync(cancellationToken),
            await DealQueries.LikelyDuplicates(db, dealId).ToListAsync(cancellationToken));
    }
}

using Microsoft.EntityFrameworkCore;
using PartnerTracker.Application.Features.Deals;
using PartnerTracker.Data;

namespace PartnerTracker.Application.Features.Dashboard;

/// <summary>Reads every dashboard figure for one filter; each figure is one aggregate query in the database.</summary>
public sealed class DashboardService(IDbContextFactory<PartnerTrackerDbContext> contexts, TimeProvider clock)
{
    /// <summary>The quarter "this quarter" means today (UTC).</summary>
    public Period ThisQuarter => Period.QuarterOf(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));

    public async Task<DashboardData> GetAsync(DealFilter filter, CancellationToken cancellationToken = default)
    {
        var quarter = ThisQuarter;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var totals = await DashboardQueries.Totals(db, filter).SingleOrDefaultAsync(cancellationToken) ?? DealTotals.Empty;
        if (totals.DealCount == 0)
        {
            return new DashboardData(totals, quarter, 0, 0, [], [], [], [], [], [], [], [], []);
        }

        return new DashboardData(
            totals,
            quarter,
            await CountAsync(DashboardQueries.Count(db, filter with { AnnouncedIn = quarter }), cancellationToken),
            await CountAsync(DashboardQueries.Count(db, filter with { ChangedIn = quarter }), cancellationToken),
            DashboardQueries.Ranked(await DashboardQueries.ByKind(db, filter).ToListAsync(cancellationToken)),
            (await DashboardQueries.ByStage(db, filter).ToListAsync(cancellationToken)).OrderBy(s => s.Key).ToList(),
            DashboardQueries.Ranked(await DashboardQueries.BySector(db, filter).ToListAsync(cancellationToken)),
            DashboardQueries.Ranked(await DashboardQueries.ByCountry(db, filter).ToListAsync(cancellationToken)),
            DashboardQueries.InTimeOrder(await DashboardQueries.ByQuarter(db, filter).ToListAsync(cancellationToken)),
            await DashboardQueries.TopByDeals(db, filter).ToListAsync(cancellationToken),
            await DashboardQueries.TopByValue(db, filter).ToListAsync(cancellationToken),
            await DashboardQueries.LargestDeals(db, filter).ToListAsync(cancellationToken),
            await DashboardQueries.RecentStageChanges(db, filter).ToListAsync(cancellationToken));
    }

    private static async Task<int> CountAsync(IQueryable<int> count, CancellationToken cancellationToken) =>
        await count.SingleOrDefaultAsync(cancellationToken);
}

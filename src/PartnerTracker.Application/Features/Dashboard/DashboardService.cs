using Microsoft.EntityFrameworkCore;
using PartnerTracker.Data;

namespace PartnerTracker.Application.Features.Dashboard;

public sealed class DashboardService(IDbContextFactory<PartnerTrackerDbContext> contexts)
{
    public async Task<DashboardSummary> GetSummaryAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var totals = await DashboardQueries.DealTotals(db).SingleOrDefaultAsync(cancellationToken) ?? new DealTotals(0, 0, 0);
        return new DashboardSummary(
            totals.DealCount,
            totals.DisclosedValueUsd ?? 0,
            totals.UndisclosedCount,
            await db.Companies.CountAsync(cancellationToken),
            await db.Citations.CountAsync(cancellationToken),
            await db.SourceArticles.CountAsync(cancellationToken));
    }
}

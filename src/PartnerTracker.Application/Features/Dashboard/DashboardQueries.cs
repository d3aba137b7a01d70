using Microsoft.EntityFrameworkCore;
using PartnerTracker.Data;

namespace PartnerTracker.Application.Features.Dashboard;

public static class DashboardQueries
{
    /// <summary>Deal count, USD total and undisclosed count in one aggregate query (no row when there are no deals).</summary>
    public static IQueryable<DealTotals> DealTotals(PartnerTrackerDbContext db) =>
        db.Deals.AsNoTracking()
            .GroupBy(_ => 1)
            .Select(g => new DealTotals(g.Count(), g.Sum(d => d.ValueUsd), g.Count(d => d.ValueUsd == null)));
}

using PartnerTracker.Application.Common;
using PartnerTracker.Application.Features.Deals;

namespace PartnerTracker.Benchmarks;

/// <summary>Proof, before anything is timed, that EF Core and the hand-written SQL answer the same question.</summary>
public static class SamePage
{
    /// <exception cref="InvalidOperationException">The two results differ, or are too small to compare anything.</exception>
    public static void Ensure(string what, PagedResult<DealListItem> efCore, PagedResult<DealListItem> rawSql)
    {
        if (efCore.TotalCount != rawSql.TotalCount)
        {
            throw new InvalidOperationException($"{what}: EF Core counts {efCore.TotalCount} deals, the raw SQL {rawSql.TotalCount}.");
        }

        // A full page over a larger total: an empty or tiny result would make any two queries look alike.
        if (efCore.Items.Count != DealsListPage.Request.Take || efCore.TotalCount <= efCore.Items.Count)
        {
            throw new InvalidOperationException($"{what}: {efCore.Items.Count} rows of {efCore.TotalCount}; the filter should fill more than one page.");
        }

        if (efCore.Items.Count != rawSql.Items.Count)
        {
            throw new InvalidOperationException($"{what}: EF Core returns {efCore.Items.Count} rows, the raw SQL {rawSql.Items.Count}.");
        }

        // DealListItem is a record: equal means every column equal, the two counts included.
        var row = efCore.Items.Zip(rawSql.Items).Select((pair, index) => (pair.First, pair.Second, index)).FirstOrDefault(p => p.First != p.Second);
        if (row.First is not null)
        {
            throw new InvalidOperationException($"{what}: row {row.index} differs: EF Core {row.First}, raw SQL {row.Second}.");
        }
    }
}

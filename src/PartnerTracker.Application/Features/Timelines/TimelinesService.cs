using Microsoft.EntityFrameworkCore;
using PartnerTracker.Application.Common;
using PartnerTracker.Data;

namespace PartnerTracker.Application.Features.Timelines;

/// <summary>The "what changed" page: one period's stage changes, announcements and events, paged and sorted in SQL.</summary>
public sealed class TimelinesService(IDbContextFactory<PartnerTrackerDbContext> contexts)
{
    /// <summary>The sortable column (the date); any other sort name falls back to it, latest first.</summary>
    public const string DateColumn = nameof(TimelineItem.Start);

    public async Task<PagedResult<TimelineItem>> GetChangesAsync(ChangePeriod period, ListRequest request, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = ChangeQueries.InPeriod(db, period);
        var latestFirst = request.SortBy != DateColumn || request.Descending;
        var total = await rows.CountAsync(cancellationToken);
        var page = await ChangeQueries.Sorted(rows, latestFirst).Skip(request.Skip).Take(request.Take).ToListAsync(cancellationToken);
        return new PagedResult<TimelineItem>(page.Select(r => r.ToItem()).ToList(), total);
    }
}

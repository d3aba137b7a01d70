using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PartnerTracker.Application.Common;
using PartnerTracker.Data;

namespace PartnerTracker.Application.Features.History;

/// <summary>
/// A record's audit trail, paged and sorted in the database from the (RecordType, RecordId, Id) index. Reading
/// it is open to every role; nothing in the app writes to it but the save interceptor.
/// </summary>
public sealed class HistoryQueries(IDbContextFactory<PartnerTrackerDbContext> contexts)
{
    /// <param name="recordType">The record's entity name, as the trail stores it ("Deal", "Company", "SourceArticle").</param>
    public async Task<PagedResult<HistoryItem>> ForRecordAsync(string recordType, int recordId, ListRequest request, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var total = await Entries(db, recordType, recordId).CountAsync(cancellationToken);
        var page = await Page(db, recordType, recordId, request).ToListAsync(cancellationToken);
        return new PagedResult<HistoryItem>(page, total);
    }

    public static IQueryable<HistoryItem> Page(PartnerTrackerDbContext db, string recordType, int recordId, ListRequest request)
    {
        var rows = Entries(db, recordType, recordId);

        // Entries are written in time order, so the id orders by time and keeps paging stable on equal times.
        var sorted = (request.SortBy, request.Descending) switch
        {
            (nameof(HistoryItem.UserName), false) => rows.OrderBy(a => a.UserName).ThenByDescending(a => a.Id),
            (nameof(HistoryItem.UserName), true) => rows.OrderByDescending(a => a.UserName).ThenByDescending(a => a.Id),
            (nameof(HistoryItem.Field), false) => rows.OrderBy(a => a.Field).ThenByDescending(a => a.Id),
            (nameof(HistoryItem.Field), true) => rows.OrderByDescending(a => a.Field).ThenByDescending(a => a.Id),
            (nameof(HistoryItem.AtUtc), false) => rows.OrderBy(a => a.Id),
            _ => rows.OrderByDescending(a => a.Id),
        };
        return sorted.Skip(request.Skip).Take(request.Take)
            .Select(a => new HistoryItem(a.Id, a.AtUtc, a.UserName, a.EntityType, a.EntityId, a.Action, a.Field, a.OldValue, a.NewValue));
    }

    private static IQueryable<Domain.AuditEntry> Entries(PartnerTrackerDbContext db, string recordType, int recordId)
    {
        var id = recordId.ToString(CultureInfo.InvariantCulture);
        return db.AuditEntries.AsNoTracking().Where(a => a.RecordType == recordType && a.RecordId == id);
    }
}

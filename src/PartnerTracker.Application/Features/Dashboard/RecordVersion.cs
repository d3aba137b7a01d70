using Microsoft.EntityFrameworkCore;
using PartnerTracker.Data;

namespace PartnerTracker.Application.Features.Dashboard;

/// <summary>
/// The record's version as every app instance on the database sees it: the newest audit entry. Every save of a
/// domain record writes its entries in the same transaction (the audit interceptor), so the number moves with any
/// instance's save and with nothing else, and one read of the primary key's end is all it costs
/// (docs/adr/0010-shared-state-lives-in-the-database.md).
/// </summary>
public sealed class RecordVersion(IDbContextFactory<PartnerTrackerDbContext> contexts)
{
    public async Task<long> ReadAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.AuditEntries.MaxAsync(a => (long?)a.Id, cancellationToken) ?? 0;
    }
}

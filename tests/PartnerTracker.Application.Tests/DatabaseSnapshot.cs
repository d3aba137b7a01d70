using Microsoft.EntityFrameworkCore;
using PartnerTracker.TestSupport;

namespace PartnerTracker.Application.Tests;

/// <summary>
/// Every row the people, products and events editors can touch, with its version token, as one string: equal
/// before and after means a refused write changed nothing at all.
/// </summary>
internal static class DatabaseSnapshot
{
    public static async Task<string> TakeAsync(SqliteTestDatabase database, CancellationToken cancellationToken)
    {
        await using var db = database.CreateDbContext();
        var parts = new List<string>();
        parts.AddRange(await db.People.AsNoTracking().OrderBy(p => p.Id)
            .Select(p => $"P{p.Id}|{p.FullName}|{p.NativeName}|{p.Title}|{p.CompanyId}|{p.Version}").ToListAsync(cancellationToken));
        parts.AddRange(await db.Products.AsNoTracking().OrderBy(p => p.Id)
            .Select(p => $"R{p.Id}|{p.Name}|{p.Kind}|{p.Description}|{p.CompanyId}|{p.Release!.Start}|{p.Release!.Precision}|{p.ReleaseIsPlanned}|{p.Version}").ToListAsync(cancellationToken));
        parts.AddRange(await db.Events.AsNoTracking().OrderBy(e => e.Id)
            .Select(e => $"E{e.Id}|{e.Name}|{e.Kind}|{e.Verification}|{e.Date.Start}|{e.Date.Precision}|{e.Place}|{e.Description}|{e.Version}").ToListAsync(cancellationToken));
        parts.AddRange(await db.EventAttendees.AsNoTracking().OrderBy(a => a.EventId).ThenBy(a => a.PersonId).Select(a => $"EA{a.EventId}-{a.PersonId}").ToListAsync(cancellationToken));
        parts.AddRange(await db.EventCompanies.AsNoTracking().OrderBy(c => c.EventId).ThenBy(c => c.CompanyId).Select(c => $"EC{c.EventId}-{c.CompanyId}").ToListAsync(cancellationToken));
        parts.AddRange(await db.EventDeals.AsNoTracking().OrderBy(d => d.EventId).ThenBy(d => d.DealId).Select(d => $"ED{d.EventId}-{d.DealId}").ToListAsync(cancellationToken));
        parts.AddRange(await db.DealPeople.AsNoTracking().OrderBy(d => d.Id).Select(d => $"DP{d.Id}").ToListAsync(cancellationToken));
        parts.AddRange(await db.DealProducts.AsNoTracking().OrderBy(d => d.Id).Select(d => $"DR{d.Id}").ToListAsync(cancellationToken));
        parts.AddRange(await db.Citations.AsNoTracking().OrderBy(c => c.Id).Select(c => $"C{c.Id}").ToListAsync(cancellationToken));
        parts.Add($"companies {await db.Companies.CountAsync(cancellationToken)}, deals {await db.Deals.CountAsync(cancellationToken)}");
        return string.Join("\n", parts);
    }
}

using Microsoft.EntityFrameworkCore;
using PartnerTracker.Data;

namespace PartnerTracker.TestSupport;

/// <summary>Ids of seeded records, looked up by name.</summary>
public static class SeedIds
{
    public static Task<int> PersonAsync(this SqliteTestDatabase database, string fullName) =>
        database.IdAsync(db => db.People.Where(p => p.FullName == fullName).Select(p => p.Id));

    public static Task<int> CompanyAsync(this SqliteTestDatabase database, string name) =>
        database.IdAsync(db => db.Companies.Where(c => c.Name == name).Select(c => c.Id));

    public static Task<int> ProductAsync(this SqliteTestDatabase database, string name) =>
        database.IdAsync(db => db.Products.Where(p => p.Name == name).Select(p => p.Id));

    public static Task<int> DealAsync(this SqliteTestDatabase database, string name) =>
        database.IdAsync(db => db.Deals.Where(d => d.Name == name).Select(d => d.Id));

    public static Task<int> EventAsync(this SqliteTestDatabase database, string name) =>
        database.IdAsync(db => db.Events.Where(e => e.Name == name).Select(e => e.Id));

    private static async Task<int> IdAsync(this SqliteTestDatabase database, Func<PartnerTrackerDbContext, IQueryable<int>> query)
    {
        await using var db = database.CreateDbContext();
        return await query(db).SingleAsync();
    }
}

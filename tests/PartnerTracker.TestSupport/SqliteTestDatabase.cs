using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using PartnerTracker.Data;
using PartnerTracker.Data.Auditing;
using PartnerTracker.Data.Seed;

namespace PartnerTracker.TestSupport;

/// <summary>
/// A real SQLite database in memory, migrated by the shipped migrations. The connection stays open for the
/// database's lifetime (an in-memory SQLite database lives exactly as long as its connection).
/// </summary>
public sealed class SqliteTestDatabase : IDbContextFactory<PartnerTrackerDbContext>, IAsyncDisposable, IDisposable
{
    private readonly SqliteConnection connection;
    private readonly DbContextOptions<PartnerTrackerDbContext> options;

    private SqliteTestDatabase()
    {
        // Foreign keys are switched on in the connection string because EF only issues the pragma on connections it opens.
        connection = new SqliteConnection("Data Source=:memory:;Foreign Keys=True");
        connection.Open();
        options = new DbContextOptionsBuilder<PartnerTrackerDbContext>().UsePartnerTracker(connection).Options;
    }

    /// <param name="seeded">True to load the article's facts, as the app does on first start.</param>
    public static async Task<SqliteTestDatabase> CreateAsync(bool seeded = true)
    {
        var database = new SqliteTestDatabase();
        await using var db = database.CreateDbContext();
        await db.Database.MigrateAsync();
        if (seeded)
        {
            await ArticleSeed.SeedIfEmptyAsync(db);
        }

        return database;
    }

    /// <summary>Contexts that write as the system (the seed, fixtures), as the app's own start does.</summary>
    public PartnerTrackerDbContext CreateDbContext() => new(options);

    /// <summary>The same database, with contexts that write (and are audited) as <paramref name="user"/>.</summary>
    public IDbContextFactory<PartnerTrackerDbContext> As(IActingUser user) => new ActingAs(options, user);

    private sealed class ActingAs(DbContextOptions<PartnerTrackerDbContext> options, IActingUser user) : IDbContextFactory<PartnerTrackerDbContext>
    {
        public PartnerTrackerDbContext CreateDbContext() => new(options, user);
    }

    public void Dispose() => connection.Dispose();

    public ValueTask DisposeAsync() => connection.DisposeAsync();
}

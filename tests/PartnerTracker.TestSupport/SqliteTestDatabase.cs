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
    private readonly TimeProvider? clock;

    private SqliteTestDatabase(TimeProvider? clock)
    {
        this.clock = clock;
        // Foreign keys are switched on in the connection string because EF only issues the pragma on connections it opens.
        connection = new SqliteConnection("Data Source=:memory:;Foreign Keys=True");
        connection.Open();
        options = new DbContextOptionsBuilder<PartnerTrackerDbContext>().UsePartnerTracker(connection).Options;
    }

    /// <param name="seeded">True to load the article's facts, as the app does on first start.</param>
    /// <param name="clock">When every context's saves happen (the audit trail, the seed); the machine's clock when null.</param>
    public static async Task<SqliteTestDatabase> CreateAsync(bool seeded = true, TimeProvider? clock = null)
    {
        var database = new SqliteTestDatabase(clock);
        await using var db = database.CreateDbContext();
        await db.Database.MigrateAsync();
        if (seeded)
        {
            await ArticleSeed.SeedIfEmptyAsync(db);
        }

        return database;
    }

    /// <summary>Contexts that write as the system (the seed, fixtures), as the app's own start does.</summary>
    public PartnerTrackerDbContext CreateDbContext() => new(options, clock: clock);

    /// <summary>The same database, with contexts that write (and are audited) as <paramref name="user"/>.</summary>
    public IDbContextFactory<PartnerTrackerDbContext> As(IActingUser user) => new ActingAs(options, user, clock);

    private sealed class ActingAs(DbContextOptions<PartnerTrackerDbContext> options, IActingUser user, TimeProvider? clock) : IDbContextFactory<PartnerTrackerDbContext>
    {
        public PartnerTrackerDbContext CreateDbContext() => new(options, user, clock);
    }

    public void Dispose() => connection.Dispose();

    public ValueTask DisposeAsync() => connection.DisposeAsync();
}

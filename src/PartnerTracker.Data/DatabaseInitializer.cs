using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using PartnerTracker.Data.Auditing;
using PartnerTracker.Data.Seed;

namespace PartnerTracker.Data;

/// <summary>
/// Runs at start: applies pending migrations to the embedded SQLite database and seeds the article's facts into
/// an empty one. SQL Server is migrated by a DBA from the idempotent script, never by the app.
/// </summary>
public sealed class DatabaseInitializer(DatabaseSettings settings, ILogger<DatabaseInitializer> logger, TimeProvider clock)
{
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        // The app itself, not whoever opens the first page: the seed is recorded as written by "system".
        var options = new DbContextOptionsBuilder<PartnerTrackerDbContext>().UsePartnerTracker(settings.Provider, settings.ConnectionString).Options;
        await using var db = new PartnerTrackerDbContext(options, SystemUser.Instance, clock);
        if (settings.Provider == DatabaseProvider.Sqlite)
        {
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            if (pending.Count > 0)
            {
                logger.LogInformation("Applying {Count} migration(s) to the SQLite database: {Migrations}", pending.Count, pending);
                await db.Database.MigrateAsync(cancellationToken);
            }
        }

        if (settings.SeedArticle)
        {
            var seeded = await ArticleSeed.SeedIfEmptyAsync(db, cancellationToken);
            logger.LogInformation(seeded ? "Seeded the article's facts into the empty database." : "Database already holds data; seed skipped.");
        }
    }
}

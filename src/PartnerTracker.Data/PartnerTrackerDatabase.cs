using Microsoft.EntityFrameworkCore;

namespace PartnerTracker.Data;

/// <summary>Builds context options for a provider: used by the app, the design-time factories and the tests alike.</summary>
public static class PartnerTrackerDatabase
{
    public static TBuilder UsePartnerTracker<TBuilder>(this TBuilder options, DatabaseProvider provider, string connectionString)
        where TBuilder : DbContextOptionsBuilder
    {
        _ = provider switch
        {
            DatabaseProvider.Sqlite => options.UseSqlite(connectionString, sqlite => sqlite.MigrationsAssembly(DatabaseSettings.SqliteMigrationsAssembly)),
            DatabaseProvider.SqlServer => options.UseSqlServer(connectionString, sql => sql.MigrationsAssembly(DatabaseSettings.SqlServerMigrationsAssembly)),
            _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown database provider."),
        };
        return options;
    }

    /// <summary>SQLite over a connection the caller keeps open (tests hold an in-memory database this way).</summary>
    public static TBuilder UsePartnerTracker<TBuilder>(this TBuilder options, System.Data.Common.DbConnection sqliteConnection)
        where TBuilder : DbContextOptionsBuilder
    {
        options.UseSqlite(sqliteConnection, sqlite => sqlite.MigrationsAssembly(DatabaseSettings.SqliteMigrationsAssembly));
        return options;
    }
}

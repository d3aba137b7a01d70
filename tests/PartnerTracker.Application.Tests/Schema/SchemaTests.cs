using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using PartnerTracker.Application.Tests.SqlServer;
using PartnerTracker.TestSupport;

namespace PartnerTracker.Application.Tests.Schema;

/// <summary>One schema on two providers, proven without a SQL Server (docs/adr/0002-two-providers-and-sql-server-without-a-server.md).</summary>
public sealed class SchemaTests
{
    [Fact]
    public void SqlServer_migrations_match_the_model()
    {
        using var db = SqlServerModel.CreateContext();
        Assert.False(db.Database.HasPendingModelChanges(), "Run migrations/add-migration.sh: the SQL Server model has changes no migration holds.");
    }

    [Fact]
    public async Task Sqlite_migrations_match_the_model()
    {
        await using var database = await SqliteTestDatabase.CreateAsync(seeded: false);
        await using var db = database.CreateDbContext();
        Assert.False(db.Database.HasPendingModelChanges(), "Run migrations/add-migration.sh: the SQLite model has changes no migration holds.");
    }

    [Fact]
    public async Task Both_providers_have_the_same_migrations_by_name()
    {
        using var sqlServer = SqlServerModel.CreateContext();
        await using var database = await SqliteTestDatabase.CreateAsync(seeded: false);
        await using var sqlite = database.CreateDbContext();

        Assert.NotEmpty(sqlite.Database.GetMigrations());
        Assert.Equal(Names(sqlite.Database.GetMigrations()), Names(sqlServer.Database.GetMigrations()));

        static IEnumerable<string> Names(IEnumerable<string> ids) => ids.Select(id => id[(id.IndexOf('_', StringComparison.Ordinal) + 1)..]);
    }

    [Fact]
    public void Idempotent_SqlServer_script_parses_as_TSql()
    {
        using var db = SqlServerModel.CreateContext();
        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        Assert.Contains("CREATE TABLE [Deals]", script, StringComparison.Ordinal);
        Assert.Contains("CREATE UNIQUE INDEX [IX_Companies_NormalizedName]", script, StringComparison.Ordinal);
        Assert.Empty(SqlServerModel.ParseErrors(script));
    }
}

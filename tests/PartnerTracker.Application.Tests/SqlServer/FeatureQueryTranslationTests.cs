using Microsoft.EntityFrameworkCore;
using PartnerTracker.TestSupport;

namespace PartnerTracker.Application.Tests.SqlServer;

public sealed class FeatureQueryTranslationTests
{
    [Theory]
    [MemberData(nameof(FeatureQueries.Names), MemberType = typeof(FeatureQueries))]
    public void Query_translates_to_valid_TSql(string name)
    {
        using var db = SqlServerModel.CreateContext();
        var sql = FeatureQueries.All[name](db, AppMapping.Configuration).ToQueryString();

        Assert.Contains("SELECT", sql, StringComparison.Ordinal);
        Assert.Empty(SqlServerModel.ParseErrors(sql));
    }

    [Theory]
    [MemberData(nameof(FeatureQueries.Names), MemberType = typeof(FeatureQueries))]
    public async Task Query_runs_on_Sqlite(string name)
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        await using var db = database.CreateDbContext();

        // Enumerating runs it, and throws when SQLite cannot translate or run it (decimal ordering, DateOnly comparison, ...).
        var rows = 0;
        foreach (var _ in (System.Collections.IEnumerable)FeatureQueries.All[name](db, AppMapping.Configuration))
        {
            rows++;
        }

        Assert.True(rows >= 0);
    }

    [Fact]
    public void Parser_rejects_invalid_TSql()
    {
        // Guards the harness itself: if the parser accepted anything, every test above would pass vacuously.
        Assert.NotEmpty(SqlServerModel.ParseErrors("SELEC [Id] FROM [Deals] WHERE"));
    }
}

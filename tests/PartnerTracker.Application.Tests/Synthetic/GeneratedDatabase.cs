using PartnerTracker.Synthetic;
using PartnerTracker.TestSupport;

namespace PartnerTracker.Application.Tests.Synthetic;

/// <summary>A small synthetic database, generated once and shared by the tests that only read it.</summary>
public sealed class GeneratedDatabase : IAsyncLifetime
{
    public static readonly SyntheticDataOptions Options = new() { Companies = 200, Deals = 500, BatchSize = 150 };

    public SqliteTestDatabase Database { get; private set; } = null!;

    public async ValueTask InitializeAsync() => Database = await CreateAsync(Options);

    public ValueTask DisposeAsync() => Database.DisposeAsync();

    /// <summary>A new empty in-memory database filled by the generator.</summary>
    public static async Task<SqliteTestDatabase> CreateAsync(SyntheticDataOptions options)
    {
        var database = await SqliteTestDatabase.CreateAsync(seeded: false);
        await using var db = database.CreateDbContext();
        await SyntheticDataGenerator.GenerateAsync(db, options, TestContext.Current.CancellationToken);
        return database;
    }
}

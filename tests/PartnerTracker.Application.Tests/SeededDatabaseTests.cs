using PartnerTracker.Application.Common;
using PartnerTracker.TestSupport;

namespace PartnerTracker.Application.Tests;

/// <summary>A test class over its own migrated in-memory database seeded with the article.</summary>
public abstract class SeededDatabaseTests : IAsyncLifetime
{
    protected SqliteTestDatabase Database { get; private set; } = null!;

    protected static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        Database = await SqliteTestDatabase.CreateAsync();
        await InitializeAsync(Database);
    }

    public ValueTask DisposeAsync() => Database.DisposeAsync();

    /// <summary>Builds what the tests use (the service, seeded ids) once the database exists.</summary>
    protected abstract Task InitializeAsync(SqliteTestDatabase database);

    protected Task<string> SnapshotAsync() => DatabaseSnapshot.TakeAsync(Database, Cancel);

    /// <summary>The write is refused with <paramref name="message"/> beside <paramref name="field"/>, and not one row changed.</summary>
    protected async Task AssertRefusedAsync(string because, string field, string message, Func<Task<CommandResult>> write)
    {
        var before = await SnapshotAsync();

        var result = await write();

        var invalid = Assert.IsType<CommandResult.Invalid>(result);
        Assert.True(invalid.Errors.ContainsKey(field), $"{because}: errors were {invalid.Summary}");
        Assert.Contains(message, string.Join(" ", invalid.Errors[field]), StringComparison.Ordinal);
        Assert.Equal(before, await SnapshotAsync());
    }
}

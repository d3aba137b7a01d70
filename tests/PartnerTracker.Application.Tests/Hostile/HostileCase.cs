using Microsoft.EntityFrameworkCore;
using PartnerTracker.Application.Common;
using PartnerTracker.TestSupport;

namespace PartnerTracker.Application.Tests.Hostile;

/// <summary>
/// One bad write: what it needs in place first (a source to duplicate, a colleague's save that makes a token stale),
/// the write itself, and how it must be refused. <see cref="Arrange"/> runs before the database is snapshotted and
/// returns the write, which runs after.
/// </summary>
internal sealed record HostileCase(Func<Arena, Task<Func<Task<CommandResult>>>> Arrange, Action<CommandResult> Expect, bool ByViewer = false)
{
    /// <summary>Refused with <paramref name="message"/> (or a message containing it) beside <paramref name="field"/>.</summary>
    public static HostileCase Invalid(string field, string message, Func<Arena, Task<CommandResult>> write) =>
        new(Now(write), result => ExpectInvalid(result, field, message));

    public static HostileCase Invalid(string field, string message, Func<Arena, Task<Func<Task<CommandResult>>>> arrange) =>
        new(arrange, result => ExpectInvalid(result, field, message));

    /// <summary>Refused as stale: the conflict names <paramref name="field"/> among what differs.</summary>
    public static HostileCase Conflict(string field, Func<Arena, Task<Func<Task<CommandResult>>>> arrange) =>
        new(arrange, result =>
        {
            var conflict = Assert.IsType<CommandResult.Conflict>(result, exactMatch: true);
            Assert.Contains(field, conflict.Fields.Select(f => f.Field));
        });

    public static HostileCase NotFound(string message, Func<Arena, Task<CommandResult>> write) =>
        new(Now(write), result => Assert.Contains(message, Assert.IsType<CommandResult.NotFound>(result).Message, StringComparison.Ordinal));

    /// <summary>A Viewer's write: refused by the command before it reads anything, naming the viewer.</summary>
    public static HostileCase Viewer(Func<Arena, Task<CommandResult>> write) =>
        new(Now(write), ExpectForbidden, ByViewer: true);

    /// <summary>A Viewer's write of something a case must find first (a participant's id, a record's token).</summary>
    public static HostileCase Viewer(Func<Arena, Task<Func<Task<CommandResult>>>> arrange) =>
        new(arrange, ExpectForbidden, ByViewer: true);

    public static void ExpectForbidden(CommandResult result) =>
        Assert.Equal(
            "test viewer may read but not change records; an administrator can grant the Analyst role.",
            Assert.IsType<CommandResult.Forbidden>(result).Message);

    private static Func<Arena, Task<Func<Task<CommandResult>>>> Now(Func<Arena, Task<CommandResult>> write) =>
        arena => Task.FromResult<Func<Task<CommandResult>>>(() => write(arena));

    private static void ExpectInvalid(CommandResult result, string field, string message)
    {
        var invalid = Assert.IsType<CommandResult.Invalid>(result, exactMatch: false);
        Assert.True(invalid.Errors.ContainsKey(field), $"expected a message beside '{field}'; got {string.Join("; ", invalid.Errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}"))}");
        Assert.Contains(invalid.Errors[field], m => m.Contains(message, StringComparison.Ordinal));
    }
}

/// <summary>Cases by readable name: the theory lists the names, so each case is its own test in every runner.</summary>
internal sealed class HostileTable : Dictionary<string, HostileCase>
{
    public HostileTable()
        : base(StringComparer.Ordinal)
    {
    }

    public TheoryData<string> Names => new(Keys);
}

/// <summary>Runs a case on a fresh seeded database and checks that the refusal left every table as it was.</summary>
public abstract class HostileSuite : IAsyncLifetime
{
    private SqliteTestDatabase database = null!;

    private protected SqliteTestDatabase Database => database;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => database = await SqliteTestDatabase.CreateAsync();

    public ValueTask DisposeAsync() => database.DisposeAsync();

    internal async Task RunAsync(HostileCase hostile)
    {
        var arena = new Arena(database, hostile.ByViewer ? TestUser.Viewer() : new TestUser("Hostile Analyst"));
        var write = await hostile.Arrange(arena);
        var before = await DatabaseSnapshot.RowsAsync(database, Cancel);
        var trail = await TrailAsync();

        var result = await write();

        var after = await DatabaseSnapshot.RowsAsync(database, Cancel);
        hostile.Expect(result);
        Assert.True(trail == await TrailAsync(), $"the audit trail grew from {trail} after a refused write");
        Assert.True(before.SequenceEqual(after, StringComparer.Ordinal), "a refused write changed the database:\n" + DatabaseSnapshot.Difference(before, after));
    }

    /// <summary>How many audit entries there are and the last one's id.</summary>
    private async Task<(int Count, long LastId)> TrailAsync()
    {
        await using var db = database.CreateDbContext();
        return (await db.AuditEntries.CountAsync(Cancel), await db.AuditEntries.MaxAsync(a => (long?)a.Id, Cancel) ?? 0);
    }
}

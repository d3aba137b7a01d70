using Microsoft.EntityFrameworkCore;
using PartnerTracker.Application.Common;
using PartnerTracker.Application.Features.Deals;
using PartnerTracker.Data.Seed;
using PartnerTracker.Domain;
using PartnerTracker.TestSupport;

namespace PartnerTracker.Application.Tests.Deals;

/// <summary>
/// The deal on the shared editor's path: a refusal the database makes in the middle of a write is answered in words
/// and changes nothing, and the deal itself guards its stage. SQLite triggers make the database really refuse.
/// </summary>
public sealed class DealSharedPathTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 9, 30, 0, TimeSpan.Zero);

    private SqliteTestDatabase database = null!;
    private DealEditor editor = null!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        database = await SqliteTestDatabase.CreateAsync();
        editor = new DealEditor(database, new TestUser("Ana Analyst"), new FixedClock(Now));
    }

    public ValueTask DisposeAsync() => database.DisposeAsync();

    [Fact]
    public async Task Deleting_a_deal_someone_changed_during_the_delete_returns_a_conflict_and_deletes_nothing()
    {
        var id = await StargateAsync();
        var version = (await editor.GetAsync(id, Cancel))!.Version;

        // Another save lands between the editor's version check and its DELETE: the first citation removed with it
        // moves the deal's token, as a colleague's save would, so the DELETE no longer finds the version it was given.
        await SqlAsync("CREATE TRIGGER colleague_saves BEFORE DELETE ON Citations BEGIN UPDATE Deals SET Version = lower(hex(randomblob(16))) WHERE Id = OLD.DealId; END;");
        var before = await CountsAsync(id);

        var conflict = Assert.IsType<CommandResult.Conflict>(await editor.DeleteAsync(id, version, Cancel));

        Assert.Equal("Deal", Assert.Single(conflict.Fields).Field);
        Assert.Equal(before, await CountsAsync(id));
    }

    [Fact]
    public async Task Creating_a_deal_the_database_refuses_returns_a_message_and_writes_nothing_not_even_an_audit_entry()
    {
        await SqlAsync("CREATE TRIGGER refuse_deals BEFORE INSERT ON Deals BEGIN SELECT RAISE(ABORT, 'internal constraint text'); END;");
        var before = await TotalsAsync();

        var refused = Assert.IsType<CommandResult.Refused>(await editor.CreateAsync(NewDeal(), Cancel));

        Assert.Contains("Nothing was saved", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("internal constraint text", refused.Message, StringComparison.Ordinal);
        Assert.Equal(before, await TotalsAsync());
    }

    [Fact]
    public void A_stage_change_that_is_no_change_is_refused_by_the_deal_itself()
    {
        var deal = new Deal { Name = "Any", Stage = DealStage.Signed };

        Assert.Equal("The deal is already Signed.", deal.StageChangeRefusal(DealStage.Signed));
        Assert.Throws<InvalidOperationException>(() => deal.MoveTo(DealStage.Signed, PartialDate.Day(2025, 3, 1), "Ana", Now.UtcDateTime));
        Assert.Empty(deal.StageHistory);

        var entry = deal.MoveTo(DealStage.Active, PartialDate.Day(2025, 3, 1), "Ana", Now.UtcDateTime);
        Assert.Equal((DealStage.Signed, DealStage.Active, DealStage.Active), (entry.FromStage!.Value, entry.ToStage, deal.Stage));
    }

    [Fact]
    public async Task A_stage_change_the_database_refuses_records_nothing()
    {
        var id = await StargateAsync();
        var version = (await editor.GetAsync(id, Cancel))!.Version;
        await SqlAsync("CREATE TRIGGER refuse_stages BEFORE INSERT ON StageChanges BEGIN SELECT RAISE(ABORT, 'no'); END;");
        var before = await CountsAsync(id);

        var result = await editor.ChangeStageAsync(id, new StageChangeModel { ToStage = DealStage.Signed, EffectiveOn = new DateOnly(2025, 3, 1), Version = version }, Cancel);

        Assert.IsType<CommandResult.Refused>(result);
        Assert.Equal(before, await CountsAsync(id));
    }

    [Fact]
    public async Task A_new_deal_and_a_stage_change_are_dated_by_the_registered_clock()
    {
        var created = Assert.IsType<CommandResult.Saved>(await editor.CreateAsync(NewDeal(m => (m.AnnouncedOn, m.AnnouncedPrecision) = (null, null)), Cancel));
        var version = (await editor.GetAsync(created.Id, Cancel))!.Version;
        Assert.IsType<CommandResult.Saved>(await editor.ChangeStageAsync(created.Id, new StageChangeModel { ToStage = DealStage.Signed, EffectiveOn = new DateOnly(2026, 12, 1), Version = version }, Cancel));

        await using var db = database.CreateDbContext();
        var history = await db.StageChanges.Where(s => s.DealId == created.Id).OrderBy(s => s.Id).ToListAsync(Cancel);
        Assert.Equal([Now.UtcDateTime, Now.UtcDateTime], history.Select(s => s.RecordedAtUtc));
        Assert.Equal(PartialDate.Day(2026, 12, 2), history[0].EffectiveOn);
    }

    private static DealEditModel NewDeal(Action<DealEditModel>? change = null)
    {
        var model = new DealEditModel
        {
            Name = "Refused partnership",
            Kind = DealKind.StrategicPartnership,
            Stage = DealStage.Announced,
            Verification = Verification.Reported,
            AnnouncedOn = new DateOnly(2025, 1, 1),
            AnnouncedPrecision = DatePrecision.Quarter,
        };
        change?.Invoke(model);
        return model;
    }

    private async Task<int> StargateAsync()
    {
        await using var db = database.CreateDbContext();
        return await db.Deals.Where(d => d.Name == ArticleSeed.StargateName).Select(d => d.Id).SingleAsync(Cancel);
    }

    private async Task SqlAsync(string sql)
    {
        await using var db = database.CreateDbContext();
        await db.Database.ExecuteSqlRawAsync(sql, Cancel);
    }

    /// <summary>What a deal's write could touch: the deal and its version, its parts, and the audit trail.</summary>
    private async Task<(Guid?, int, int, int, int, int)> CountsAsync(int id)
    {
        await using var db = database.CreateDbContext();
        return (await db.Deals.Where(d => d.Id == id).Select(d => (Guid?)d.Version).SingleOrDefaultAsync(Cancel),
            await db.DealParticipants.CountAsync(p => p.DealId == id, Cancel), await db.Citations.CountAsync(c => c.DealId == id, Cancel),
            await db.StageChanges.CountAsync(s => s.DealId == id, Cancel), await db.DealLinks.CountAsync(Cancel), await db.AuditEntries.CountAsync(Cancel));
    }

    private async Task<(int, int, int, int)> TotalsAsync()
    {
        await using var db = database.CreateDbContext();
        return (await db.Deals.CountAsync(Cancel), await db.StageChanges.CountAsync(Cancel), await db.FxRates.CountAsync(Cancel), await db.AuditEntries.CountAsync(Cancel));
    }
}

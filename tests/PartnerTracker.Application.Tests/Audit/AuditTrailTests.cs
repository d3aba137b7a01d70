using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PartnerTracker.Application.Common;
using PartnerTracker.Application.Features.Companies;
using PartnerTracker.Application.Features.Deals;
using PartnerTracker.Application.Features.Sources;
using PartnerTracker.Data;
using PartnerTracker.Data.Auditing;
using PartnerTracker.Domain;
using PartnerTracker.TestSupport;

namespace PartnerTracker.Application.Tests.Audit;

/// <summary>The trail written by the save interceptor: who, when, which record, each field's old and new value.</summary>
public sealed class AuditTrailTests : IAsyncLifetime
{
    private static readonly TestUser Ana = new("Ana Analyst");
    private SqliteTestDatabase database = null!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => database = await SqliteTestDatabase.CreateAsync();

    public ValueTask DisposeAsync() => database.DisposeAsync();

    [Fact]
    public async Task The_seed_is_recorded_as_written_by_the_system()
    {
        await using var db = database.CreateDbContext();
        var inserts = await db.AuditEntries.Where(a => a.Action == AuditAction.Insert).ToListAsync(Cancel);
        Assert.Equal(await db.Companies.CountAsync(Cancel), inserts.Count(a => a.EntityType == nameof(Company)));
        Assert.All(inserts, a => Assert.Equal("system", a.UserName));
        var stargate = await database.DealAsync("Stargate");
        var entry = Assert.Single(inserts, a => a.EntityType == nameof(Deal) && a.EntityId == stargate.ToString());
        var fields = JsonSerializer.Deserialize<Dictionary<string, string?>>(entry.NewValue!)!;
        Assert.Equal("Stargate", fields["Name"]);
        Assert.Equal("500000000000", fields["Value.Amount"]);
    }

    [Fact]
    public async Task An_update_records_exactly_the_changed_fields_with_old_and_new_values_and_the_user()
    {
        var editor = new CompanyEditor(database.As(Ana), Ana);
        var kakao = await database.CompanyAsync("Kakao");
        var model = (await editor.GetAsync(kakao, Cancel))!;
        var before = (model.Sector, model.Website);
        model.Sector = "Messaging and AI";
        model.Website = "https://www.kakaocorp.com/page";
        var since = await LastIdAsync();

        Assert.IsType<CommandResult.Saved>(await editor.UpdateAsync(kakao, model, cancellationToken: Cancel));

        var entries = await EntriesSinceAsync(since);
        Assert.Equal(
            [("Sector", before.Sector, "Messaging and AI"), ("Website", before.Website, "https://www.kakaocorp.com/page")],
            entries.Select(e => (e.Field!, e.OldValue, e.NewValue)).OrderBy(e => e.Item1).ToList());
        Assert.All(entries, e => Assert.Equal((AuditAction.Update, "Ana Analyst", nameof(Company), kakao.ToString()), (e.Action, e.UserName, e.EntityType, e.EntityId)));
    }

    [Fact]
    public async Task A_changed_amount_is_recorded_as_a_field_of_the_deal()
    {
        var editor = new DealEditor(database.As(Ana), Ana, TimeProvider.System);
        var stargate = await database.DealAsync("Stargate");
        var model = (await editor.GetAsync(stargate, Cancel))!;
        model.ValueAmount = 100_000_000_000m;
        var since = await LastIdAsync();

        Assert.IsType<CommandResult.Saved>(await editor.UpdateAsync(stargate, model, cancellationToken: Cancel));

        var entries = await EntriesSinceAsync(since);
        var amount = Assert.Single(entries, e => e.Field == "Value.Amount");
        Assert.Equal((nameof(Deal), stargate.ToString(), "500000000000", "100000000000"), (amount.EntityType, amount.EntityId, amount.OldValue, amount.NewValue));
        Assert.DoesNotContain(entries, e => e.Field == nameof(Deal.Name));
    }

    [Fact]
    public async Task An_insert_and_a_delete_each_record_the_whole_record_under_its_key()
    {
        var editor = new CompanyEditor(database.As(Ana), Ana);
        var since = await LastIdAsync();
        var saved = Assert.IsType<CommandResult.Saved>(await editor.CreateAsync(new CompanyEditModel { Name = "Audit Test Corp", CountryCode = "KR" }, Cancel));
        var version = (await editor.GetAsync(saved.Id, Cancel))!.Version;
        Assert.IsType<CommandResult.Saved>(await editor.DeleteAsync(saved.Id, version, Cancel));

        var entries = (await EntriesSinceAsync(since)).Where(e => e.EntityType == nameof(Company)).ToList();
        Assert.Equal([AuditAction.Insert, AuditAction.Delete], entries.Select(e => e.Action));
        Assert.All(entries, e => Assert.Equal((saved.Id.ToString(), "Ana Analyst"), (e.EntityId, e.UserName)));
        Assert.Contains("\"Name\":\"Audit Test Corp\"", entries[0].NewValue);
        Assert.Contains("\"Name\":\"Audit Test Corp\"", entries[1].OldValue);
    }

    [Fact]
    public async Task A_readers_save_is_refused_by_the_database_layer_even_around_the_commands()
    {
        var before = await DatabaseSnapshot.TakeAsync(database, Cancel);
        var since = await LastIdAsync();
        await using (var db = database.As(TestUser.Viewer()).CreateDbContext())
        {
            (await db.Companies.FirstAsync(Cancel)).Sector = "Changed by a viewer";
            await Assert.ThrowsAsync<WriteRefusedException>(() => db.SaveChangesAsync(Cancel));
        }

        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(database, Cancel));
        Assert.Empty(await EntriesSinceAsync(since));
    }

    [Fact]
    public async Task A_viewer_calling_a_command_is_refused_with_a_message_and_nothing_is_written()
    {
        var viewer = TestUser.Viewer("Vic Viewer");
        var editor = new CompanyEditor(database.As(viewer), viewer);
        var since = await LastIdAsync();

        var result = await editor.CreateAsync(new CompanyEditModel { Name = "Viewer Corp" }, Cancel);

        var forbidden = Assert.IsType<CommandResult.Forbidden>(result);
        Assert.Contains("Vic Viewer may read but not change records", forbidden.Message);
        await using var db = database.CreateDbContext();
        Assert.False(await db.Companies.AnyAsync(c => c.Name == "Viewer Corp", Cancel));
        Assert.Empty(await EntriesSinceAsync(since));
    }

    [Fact]
    public async Task The_trail_cannot_be_edited_or_deleted()
    {
        await using var db = database.As(Ana).CreateDbContext();
        var entry = await db.AuditEntries.FirstAsync(Cancel);
        entry.UserName = "someone else";
        await Assert.ThrowsAsync<WriteRefusedException>(() => db.SaveChangesAsync(Cancel));

        db.ChangeTracker.Clear();
        db.AuditEntries.Remove(await db.AuditEntries.FirstAsync(Cancel));
        await Assert.ThrowsAsync<WriteRefusedException>(() => db.SaveChangesAsync(Cancel));
    }

    [Fact]
    public async Task A_save_the_database_refuses_leaves_no_audit_entry()
    {
        var since = await LastIdAsync();
        await using (var db = database.As(Ana).CreateDbContext())
        {
            // A participant pointing at a company that does not exist: the foreign key refuses the insert.
            db.DealParticipants.Add(new DealParticipant { DealId = await database.DealAsync("Stargate"), CompanyId = 999_999 });
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(Cancel));
        }

        Assert.Empty(await EntriesSinceAsync(since));
    }

    [Fact]
    public async Task A_deals_history_holds_its_own_changes_and_those_of_its_parts_newest_first()
    {
        var stargate = await database.DealAsync("Stargate");
        var editor = new ParticipantEditor(database.As(Ana), Ana);
        var added = Assert.IsType<CommandResult.Saved>(await editor.AddAsync(stargate, new ParticipantModel
        {
            CompanyId = await database.CompanyAsync("Kakao"),
            Role = ParticipantRole.Customer,
            Verification = Verification.Rumored,
        }, Cancel));

        var history = await new Features.History.HistoryQueries(database).ForRecordAsync(nameof(Deal), stargate, new ListRequest(PageSize: 5), Cancel);

        var newest = history.Items[0];
        Assert.Equal((nameof(DealParticipant), added.Id.ToString(), AuditAction.Insert, "Ana Analyst"), (newest.EntityType, newest.EntityId, newest.Action, newest.UserName));
        Assert.Contains($"\"DealId\":\"{stargate}\"", newest.NewValue);
        Assert.True(history.TotalCount > 5, "the seed's deal, participants, quotes and stage history are on it too");
    }

    [Fact]
    public async Task A_new_record_and_its_new_parts_are_recorded_with_their_real_keys()
    {
        await using var db = database.CreateDbContext();
        var seeded = await db.AuditEntries.Where(a => a.Action == AuditAction.Insert).Select(a => a.NewValue!).ToListAsync(Cancel);
        Assert.DoesNotContain(seeded, value => value.Contains("\":\"-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Each_entry_and_the_seeds_stage_history_are_recorded_at_the_clocks_time()
    {
        var at = new DateTimeOffset(2025, 2, 4, 9, 30, 0, TimeSpan.Zero);
        await using var clocked = await SqliteTestDatabase.CreateAsync(clock: new FixedClock(at));
        var editor = new CompanyEditor(clocked.As(Ana), Ana);

        Assert.IsType<CommandResult.Saved>(await editor.CreateAsync(new CompanyEditModel { Name = "Clocked Corp" }, Cancel));

        await using var db = clocked.CreateDbContext();
        Assert.Equal([at.UtcDateTime], await db.AuditEntries.Select(a => a.AtUtc).Distinct().ToListAsync(Cancel));
        Assert.True(await db.AuditEntries.AnyAsync(a => a.UserName == Ana.Name && a.EntityType == nameof(Company), Cancel), "Ana's insert is on the trail");
        var recorded = await db.StageChanges.Select(s => s.RecordedAtUtc).ToListAsync(Cancel);
        Assert.NotEmpty(recorded);
        Assert.All(recorded, r => Assert.Equal(at.UtcDateTime, r));
    }

    [Fact]
    public async Task The_apps_context_factory_gives_each_context_the_registered_clock()
    {
        var root = Directory.CreateTempSubdirectory("pt-clock-").FullName;
        try
        {
            var clock = new FixedClock(new DateTimeOffset(2025, 2, 4, 9, 30, 0, TimeSpan.Zero));
            var services = new ServiceCollection();
            services.AddLogging();
            services.AddSingleton<TimeProvider>(clock);
            services.AddPartnerTrackerData(new ConfigurationBuilder().Build(), root);
            services.AddPartnerTrackerApplication();
            services.AddScoped<ICurrentUser>(_ => Ana);
            await using var provider = services.BuildServiceProvider();
            await using var scope = provider.CreateAsyncScope();

            await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<PartnerTrackerDbContext>>().CreateDbContextAsync(Cancel);

            Assert.Same(clock, db.Clock);
            Assert.NotNull(scope.ServiceProvider.GetRequiredService<SourceEditor>());
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private async Task<long> LastIdAsync()
    {
        await using var db = database.CreateDbContext();
        return await db.AuditEntries.MaxAsync(a => (long?)a.Id, Cancel) ?? 0;
    }

    private async Task<List<AuditEntry>> EntriesSinceAsync(long id)
    {
        await using var db = database.CreateDbContext();
        return await db.AuditEntries.AsNoTracking().Where(a => a.Id > id).OrderBy(a => a.Id).ToListAsync(Cancel);
    }
}

using Microsoft.EntityFrameworkCore;
using PartnerTracker.Application.Common;
using PartnerTracker.Application.Features.Deals;
using PartnerTracker.Data.Seed;
using PartnerTracker.Domain;
using PartnerTracker.TestSupport;

namespace PartnerTracker.Application.Tests.Deals;

public sealed class DealEditorTests : IAsyncLifetime
{
    private SqliteTestDatabase database = null!;
    private DealEditor editor = null!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        database = await SqliteTestDatabase.CreateAsync();
        editor = new DealEditor(database, new TestUser("Ana Analyst"), TimeProvider.System);
    }

    public ValueTask DisposeAsync() => database.DisposeAsync();

    [Fact]
    public async Task Creates_a_deal_with_money_converted_at_a_stored_dated_rate_and_a_first_stage_entry()
    {
        var result = await editor.CreateAsync(ValidModel(m =>
        {
            m.ValueQualifier = MoneyQualifier.UpTo;
            m.ValueAmount = 1_200_000_000_000m;
            m.ValueCurrency = "KRW";
            m.FxRateToUsd = 0.00069m;
            m.FxRateDate = new DateOnly(2025, 2, 4);
            m.FxRateSource = "Bank of Korea reference rate";
        }), Cancel);

        var saved = Assert.IsType<CommandResult.Saved>(result);
        await using var db = database.CreateDbContext();
        var deal = await db.Deals.Include(d => d.FxRate).Include(d => d.StageHistory).SingleAsync(d => d.Id == saved.Id, Cancel);
        Assert.Equal(new Money(1_200_000_000_000m, "KRW", MoneyQualifier.UpTo), deal.Value);
        Assert.Equal(828_000_000m, deal.ValueUsd);
        Assert.Equal((0.00069m, new DateOnly(2025, 2, 4)), (deal.FxRate!.RateToUsd, deal.FxRate.Date));
        var first = Assert.Single(deal.StageHistory);
        Assert.Equal((null, DealStage.Announced, "Ana Analyst"), (first.FromStage, first.ToStage, first.RecordedBy));
        Assert.Equal(PartialDate.Quarter(2025, 1), first.EffectiveOn);
    }

    [Fact]
    public async Task A_dollar_value_needs_no_rate_and_reuses_the_stored_identity_rate()
    {
        var result = await editor.CreateAsync(ValidModel(m =>
        {
            m.ValueQualifier = MoneyQualifier.Exact;
            m.ValueAmount = 2_000_000m;
            m.ValueCurrency = "USD";
            m.FxRateDate = new DateOnly(2025, 2, 4);
        }), Cancel);

        var saved = Assert.IsType<CommandResult.Saved>(result);
        await using var db = database.CreateDbContext();
        Assert.Equal(1, await db.FxRates.CountAsync(Cancel));
        Assert.Equal(2_000_000m, (await db.Deals.SingleAsync(d => d.Id == saved.Id, Cancel)).ValueUsd);
    }

    public static TheoryData<string, string, Action<DealEditModel>> BadInput => new()
    {
        { "empty name", "Name", m => m.Name = "  " },
        { "10,000-character name", "Name", m => m.Name = new string('x', 10_000) },
        { "control characters", "Name", m => m.Name = "Deal\u0007" },
        { "forged kind", "Kind", m => m.Kind = (DealKind)99 },
        { "forged stage", "Stage", m => m.Stage = (DealStage)(-1) },
        { "forged verification", "Verification", m => m.Verification = (Verification)7 },
        { "country of three letters", "CountryCode", m => m.CountryCode = "KOR" },
        { "unknown currency", "ValueCurrency", m => (m.ValueQualifier, m.ValueAmount, m.ValueCurrency) = (MoneyQualifier.Exact, 5m, "XYZ") },
        { "negative amount", "ValueAmount", m => (m.ValueQualifier, m.ValueAmount, m.ValueCurrency) = (MoneyQualifier.Exact, -5m, "USD") },
        { "zero amount", "ValueAmount", m => (m.ValueQualifier, m.ValueAmount, m.ValueCurrency) = (MoneyQualifier.Exact, 0m, "USD") },
        { "absurd amount", "ValueAmount", m => (m.ValueQualifier, m.ValueAmount, m.ValueCurrency) = (MoneyQualifier.Exact, 1e20m, "USD") },
        { "missing amount", "ValueAmount", m => (m.ValueQualifier, m.ValueCurrency) = (MoneyQualifier.Approximately, "USD") },
        { "undisclosed with an amount", "ValueAmount", m => (m.ValueQualifier, m.ValueAmount) = (MoneyQualifier.Undisclosed, 5m) },
        { "forged qualifier", "ValueQualifier", m => m.ValueQualifier = (MoneyQualifier)42 },
        { "foreign currency without rate", "FxRateToUsd", m => (m.ValueQualifier, m.ValueAmount, m.ValueCurrency, m.FxRateDate, m.FxRateSource) = (MoneyQualifier.Exact, 5m, "EUR", new DateOnly(2025, 1, 1), "ECB") },
        { "negative rate", "FxRateToUsd", m => (m.ValueQualifier, m.ValueAmount, m.ValueCurrency, m.FxRateToUsd, m.FxRateDate, m.FxRateSource) = (MoneyQualifier.Exact, 5m, "EUR", -1m, new DateOnly(2025, 1, 1), "ECB") },
        { "rate without a source", "FxRateSource", m => (m.ValueQualifier, m.ValueAmount, m.ValueCurrency, m.FxRateToUsd, m.FxRateDate) = (MoneyQualifier.Exact, 5m, "EUR", 1.04m, new DateOnly(2025, 1, 1)) },
        { "precision contradicting the date", "AnnouncedOn", m => (m.AnnouncedOn, m.AnnouncedPrecision) = (new DateOnly(2025, 2, 4), DatePrecision.Quarter) },
        { "half-year starting in April", "AnnouncedOn", m => (m.AnnouncedOn, m.AnnouncedPrecision) = (new DateOnly(2025, 4, 1), DatePrecision.HalfYear) },
        { "date without precision", "ExpectedCloseOn", m => (m.ExpectedCloseOn, m.ExpectedClosePrecision) = (new DateOnly(2025, 1, 1), null) },
        { "forged precision", "AnnouncedOn", m => m.AnnouncedPrecision = (DatePrecision)9 },
        { "year 3000", "AnnouncedOn", m => (m.AnnouncedOn, m.AnnouncedPrecision) = (new DateOnly(3000, 1, 1), DatePrecision.Year) },
        { "unknown parent", "ParentDealId", m => m.ParentDealId = 9_999 },
    };

    [Theory]
    [MemberData(nameof(BadInput))]
    public async Task Bad_input_is_refused_with_a_message_beside_the_field_and_changes_nothing(string because, string field, Action<DealEditModel> spoil)
    {
        var before = await SnapshotAsync();

        var result = await editor.CreateAsync(ValidModel(spoil), Cancel);

        var invalid = Assert.IsType<CommandResult.Invalid>(result);
        Assert.True(invalid.Errors.ContainsKey(field), $"{because}: errors were {invalid.Summary}");
        Assert.All(invalid.Errors[field], message => Assert.False(string.IsNullOrWhiteSpace(message)));
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task A_deal_cannot_become_its_own_ancestor()
    {
        var (parentId, childId) = await IdsAsync(ArticleSeed.OpenAiKakaoName, ArticleSeed.LocalizedProductName);
        var parent = (await editor.GetAsync(parentId, Cancel))!;
        parent.ParentDealId = childId;
        var before = await SnapshotAsync();

        var result = await editor.UpdateAsync(parentId, parent, cancellationToken: Cancel);

        Assert.Contains("sub-deal", Assert.IsType<CommandResult.Invalid>(result).Errors["ParentDealId"][0], StringComparison.Ordinal);
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task Edits_a_deal_and_moves_its_version()
    {
        var id = (await IdsAsync(ArticleSeed.StargateName, ArticleSeed.StargateName)).First;
        var model = (await editor.GetAsync(id, Cancel))!;
        model.Summary = "Edited summary";

        Assert.IsType<CommandResult.Saved>(await editor.UpdateAsync(id, model, cancellationToken: Cancel));

        var stored = (await editor.GetAsync(id, Cancel))!;
        Assert.Equal("Edited summary", stored.Summary);
        Assert.NotEqual(model.Version, stored.Version);
        Assert.Equal(500_000_000_000m, stored.ValueAmount);
    }

    [Fact]
    public async Task A_stale_edit_is_refused_with_each_field_both_values_and_nothing_written()
    {
        var id = (await IdsAsync(ArticleSeed.StargateName, ArticleSeed.StargateName)).First;
        var mine = (await editor.GetAsync(id, Cancel))!;
        var theirs = (await editor.GetAsync(id, Cancel))!;
        theirs.Summary = "Their summary";
        Assert.IsType<CommandResult.Saved>(await editor.UpdateAsync(id, theirs, cancellationToken: Cancel));
        mine.Summary = "My summary";
        mine.Name = "Stargate project";
        var before = await SnapshotAsync();

        var result = await editor.UpdateAsync(id, mine, cancellationToken: Cancel);

        var conflict = Assert.IsType<CommandResult.Conflict>(result);
        Assert.Contains(new FieldConflict("Summary", "My summary", "Their summary"), conflict.Fields);
        Assert.Contains(new FieldConflict("Name", "Stargate project", "Stargate"), conflict.Fields);
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task Overwrite_after_a_conflict_saves_the_users_values()
    {
        var id = (await IdsAsync(ArticleSeed.StargateName, ArticleSeed.StargateName)).First;
        var mine = (await editor.GetAsync(id, Cancel))!;
        var theirs = (await editor.GetAsync(id, Cancel))!;
        theirs.Summary = "Their summary";
        await editor.UpdateAsync(id, theirs, cancellationToken: Cancel);
        mine.Summary = "My summary";

        Assert.IsType<CommandResult.Saved>(await editor.UpdateAsync(id, mine, overwrite: true, Cancel));
        Assert.Equal("My summary", (await editor.GetAsync(id, Cancel))!.Summary);
    }

    [Fact]
    public async Task Changing_the_stage_records_who_when_and_the_quote()
    {
        var id = (await IdsAsync(ArticleSeed.LocalizedProductName, ArticleSeed.LocalizedProductName)).First;
        var version = (await editor.GetAsync(id, Cancel))!.Version;
        await using var db = database.CreateDbContext();
        var sourceId = await db.SourceArticles.Select(s => s.Id).SingleAsync(Cancel);

        var result = await editor.ChangeStageAsync(id, new StageChangeModel
        {
            ToStage = DealStage.Announced,
            EffectiveOn = new DateOnly(2025, 4, 1),
            EffectivePrecision = DatePrecision.Quarter,
            SourceArticleId = sourceId,
            Quote = "the two companies will co-develop a localized AI product for Korea",
            Version = version,
        }, Cancel);

        Assert.IsType<CommandResult.Saved>(result);
        var history = await db.StageChanges.Where(s => s.DealId == id).OrderBy(s => s.Id).ToListAsync(Cancel);
        var recorded = Assert.Single(history);
        Assert.Equal((DealStage.InTalks, DealStage.Announced, "Ana Analyst", "Q2 2025"), (recorded.FromStage, recorded.ToStage, recorded.RecordedBy, recorded.EffectiveOn.ToString()));
        Assert.Equal(1, await db.Citations.CountAsync(c => c.StageChangeId == recorded.Id, Cancel));
        Assert.Equal(DealStage.Announced, (await db.Deals.SingleAsync(d => d.Id == id, Cancel)).Stage);
    }

    [Theory]
    [InlineData(DealStage.InTalks, 2025, 4, 1, DatePrecision.Day, "ToStage")]
    [InlineData(DealStage.Signed, 2025, 4, 2, DatePrecision.Month, "EffectiveOn")]
    [InlineData((DealStage)50, 2025, 4, 1, DatePrecision.Day, "ToStage")]
    public async Task A_bad_stage_change_is_refused_and_records_nothing(DealStage stage, int year, int month, int day, DatePrecision precision, string field)
    {
        var id = (await IdsAsync(ArticleSeed.LocalizedProductName, ArticleSeed.LocalizedProductName)).First;
        var version = (await editor.GetAsync(id, Cancel))!.Version;
        var before = await SnapshotAsync();

        var result = await editor.ChangeStageAsync(id, new StageChangeModel { ToStage = stage, EffectiveOn = new DateOnly(year, month, day), EffectivePrecision = precision, Version = version }, Cancel);

        Assert.True(Assert.IsType<CommandResult.Invalid>(result).Errors.ContainsKey(field));
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task A_deal_with_sub_deals_is_not_deleted_and_the_message_names_them()
    {
        var id = (await IdsAsync(ArticleSeed.OpenAiKakaoName, ArticleSeed.OpenAiKakaoName)).First;
        var version = (await editor.GetAsync(id, Cancel))!.Version;
        var before = await SnapshotAsync();

        var result = await editor.DeleteAsync(id, version, Cancel);

        Assert.Contains(ArticleSeed.LocalizedProductName, Assert.IsType<CommandResult.Invalid>(result).Summary, StringComparison.Ordinal);
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task A_stale_delete_is_refused()
    {
        var id = (await IdsAsync(ArticleSeed.StargateName, ArticleSeed.StargateName)).First;
        var model = (await editor.GetAsync(id, Cancel))!;
        var staleVersion = model.Version;
        model.Summary = "Changed meanwhile";
        await editor.UpdateAsync(id, model, cancellationToken: Cancel);

        Assert.IsType<CommandResult.Conflict>(await editor.DeleteAsync(id, staleVersion, Cancel));
        Assert.NotNull(await editor.GetAsync(id, Cancel));
    }

    [Fact]
    public async Task Deleting_a_deal_takes_its_participants_citations_and_event_links_with_it()
    {
        var id = (await IdsAsync(ArticleSeed.StargateName, ArticleSeed.StargateName)).First;
        var version = (await editor.GetAsync(id, Cancel))!.Version;
        Assert.Contains("9 participant role(s)", (await editor.DescribeDeletionAsync(id, Cancel))!.Message, StringComparison.Ordinal);

        Assert.IsType<CommandResult.Saved>(await editor.DeleteAsync(id, version, Cancel));

        await using var db = database.CreateDbContext();
        Assert.False(await db.Deals.AnyAsync(d => d.Id == id, Cancel));
        Assert.False(await db.DealParticipants.AnyAsync(p => p.DealId == id, Cancel));
        Assert.False(await db.Citations.AnyAsync(c => c.DealId == id, Cancel));
        Assert.False(await db.EventDeals.AnyAsync(e => e.DealId == id, Cancel));
        Assert.True(await db.Companies.AnyAsync(c => c.Name == "Oracle", Cancel));
    }

    private static DealEditModel ValidModel(Action<DealEditModel>? change = null)
    {
        var model = new DealEditModel
        {
            Name = "Test partnership",
            Kind = DealKind.StrategicPartnership,
            Stage = DealStage.Announced,
            Verification = Verification.Confirmed,
            AnnouncedOn = new DateOnly(2025, 1, 1),
            AnnouncedPrecision = DatePrecision.Quarter,
        };
        change?.Invoke(model);
        return model;
    }

    private async Task<(int First, int Second)> IdsAsync(string first, string second)
    {
        await using var db = database.CreateDbContext();
        return (await db.Deals.Where(d => d.Name == first).Select(d => d.Id).SingleAsync(Cancel),
            await db.Deals.Where(d => d.Name == second).Select(d => d.Id).SingleAsync(Cancel));
    }

    private async Task<string> SnapshotAsync()
    {
        await using var db = database.CreateDbContext();
        var deals = await db.Deals.AsNoTracking().OrderBy(d => d.Id)
            .Select(d => $"{d.Id}|{d.Name}|{d.Summary}|{d.Stage}|{d.ValueUsd}|{d.ParentDealId}|{d.Version}").ToListAsync(Cancel);
        return string.Join(";", deals) + $"#{await db.StageChanges.CountAsync(Cancel)}#{await db.FxRates.CountAsync(Cancel)}#{await db.Citations.CountAsync(Cancel)}";
    }
}

using Microsoft.EntityFrameworkCore;
using MudBlazor;
using PartnerTracker.Application.Features.Deals;
using PartnerTracker.Data.Seed;
using PartnerTracker.Domain;
using PartnerTracker.TestSupport;
using PartnerTracker.Web.Components.Pages.Deals;

namespace PartnerTracker.Web.Tests.Refusals;

/// <summary>
/// The stage dialog, opened from the deal's page, refused by someone else's change, a deletion or the database: the
/// refusal shows inside the dialog, which stays open, and the deal and its history are as they were.
/// </summary>
public sealed class StageChangeDialogRefusalTests : RefusalTestContext
{
    [Fact]
    public async Task A_stage_someone_else_changed_meanwhile_is_named_in_the_dialog_and_nothing_is_recorded()
    {
        var (id, _) = await OpenFromThePageAsync();
        var other = new DealEditor(Database.As(new TestUser("other analyst")), new TestUser("other analyst"), TimeProvider.System);
        var moved = await other.ChangeStageAsync(id, new StageChangeModel
        {
            ToStage = DealStage.Signed,
            EffectiveOn = new DateOnly(2025, 3, 1),
            Version = (await StoredAsync(id)).Version,
        }, Cancel);
        Assert.True(moved.IsSaved);
        var before = (await CountsAsync("StageChanges", "Citations"), await StoredAsync(id));

        await ChooseAsync("stage-new", "Completed");
        await SaveAsync();

        var refusal = RefusalIn("stage-dialog");
        Reads("Someone else changed this deal since you opened it; nothing was saved. Stage: yours “Completed”, stored “Signed”", refusal);
        IsShownAs(Severity.Warning, refusal);
        Assert.Single(Dialogs.FindAll("[data-testid=stage-dialog]"));
        Assert.Empty(Snackbars.FindAll(".mud-snackbar"));
        Assert.Equal(before, (await CountsAsync("StageChanges", "Citations"), await StoredAsync(id)));
        Assert.Equal(DealStage.Signed, (await StoredAsync(id)).Stage);
    }

    [Fact]
    public async Task A_deal_deleted_while_the_dialog_was_open_is_said_to_be_gone_and_nothing_is_recorded()
    {
        var (id, _) = await OpenFromThePageAsync();
        var other = new DealEditor(Database.As(new TestUser("other analyst")), new TestUser("other analyst"), TimeProvider.System);
        Assert.True((await other.DeleteAsync(id, (await StoredAsync(id)).Version, Cancel)).IsSaved);
        var before = await CountsAsync("Deals", "StageChanges", "Citations");

        await ChooseAsync("stage-new", "Completed");
        await SaveAsync();

        var refusal = RefusalIn("stage-dialog");
        Reads($"Deal {id} no longer exists; someone may have deleted it.", refusal);
        IsShownAs(Severity.Warning, refusal);
        Assert.Single(Dialogs.FindAll("[data-testid=stage-dialog]"));
        Assert.Equal(before, await CountsAsync("Deals", "StageChanges", "Citations"));
        await using var db = Database.CreateDbContext();
        Assert.False(await db.Deals.AnyAsync(d => d.Id == id, Cancel));
    }

    [Fact]
    public async Task A_stage_change_the_database_refuses_is_told_in_the_presenters_words_in_the_dialog_and_nothing_is_recorded()
    {
        var (id, _) = await OpenFromThePageAsync();
        await RefuseAsync("INSERT", "StageChanges");
        var before = (await CountsAsync("StageChanges", "Citations"), await StoredAsync(id));

        await ChooseAsync("stage-new", "Completed");
        await SaveAsync();

        var refusal = RefusalIn("stage-dialog");
        Reads(DatabaseRefusal("deal"), refusal);
        ReadsADatabaseRefusal(refusal);
        IsShownAs(Severity.Error, refusal);
        Assert.Single(Dialogs.FindAll("[data-testid=stage-dialog]"));
        Assert.Empty(Snackbars.FindAll(".mud-snackbar"));
        Assert.Equal(before, (await CountsAsync("StageChanges", "Citations"), await StoredAsync(id)));
        Assert.Equal(DealStage.Announced, (await StoredAsync(id)).Stage);
    }

    /// <summary>Stargate's page, and its stage dialog opened from the page's button as the user does.</summary>
    private async Task<(int Id, IRenderedComponent<DealPage> Page)> OpenFromThePageAsync()
    {
        var (id, page) = await DealPageAsync(ArticleSeed.StargateName);
        OpenFrom(page, "deal-change-stage", "stage-dialog");
        return (id, page);
    }

    private Task SaveAsync() => ClickInDialogAsync("stage-save");

    private async Task<(DealStage Stage, Guid Version)> StoredAsync(int id)
    {
        await using var db = Database.CreateDbContext();
        var deal = await db.Deals.AsNoTracking().SingleAsync(d => d.Id == id, Cancel);
        return (deal.Stage, deal.Version);
    }
}

/// <summary>A Viewer is refused by the command itself (the page hides the button; the dialog is reached directly).</summary>
public sealed class StageChangeDialogViewerTests : RefusalTestContext
{
    protected override bool SignedInAsViewer => true;

    [Fact]
    public async Task A_viewer_changing_the_stage_is_told_why_in_the_dialog_and_nothing_is_recorded()
    {
        RenderProviders();
        var id = await DealIdAsync(ArticleSeed.StargateName);
        await using (var db = Database.CreateDbContext())
        {
            var deal = await db.Deals.AsNoTracking().SingleAsync(d => d.Id == id, Cancel);
            await OpenAsync(new DialogParameters<StageChangeDialog>
            {
                { d => d.DealId, id },
                { d => d.CurrentStage, deal.Stage },
                { d => d.Version, deal.Version },
            });
        }

        var before = await CountsAsync("StageChanges", "Citations", "Deals");

        await ChooseAsync("stage-new", "Completed");
        await ClickInDialogAsync("stage-save");

        var refusal = RefusalIn("stage-dialog");
        Reads(ViewerRefusal(ViewerName), refusal);
        IsShownAs(Severity.Error, refusal);
        Assert.Single(Dialogs.FindAll("[data-testid=stage-dialog]"));
        Assert.Equal(before, await CountsAsync("StageChanges", "Citations", "Deals"));
        await using var check = Database.CreateDbContext();
        Assert.Equal(DealStage.Announced, (await check.Deals.AsNoTracking().SingleAsync(d => d.Id == id, Cancel)).Stage);
    }
}

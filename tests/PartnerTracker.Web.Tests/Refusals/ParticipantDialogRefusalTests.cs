using Microsoft.EntityFrameworkCore;
using MudBlazor;
using PartnerTracker.Application.Features.Deals;
using PartnerTracker.Data.Seed;
using PartnerTracker.TestSupport;
using PartnerTracker.Web.Components.Pages.Deals;

namespace PartnerTracker.Web.Tests.Refusals;

/// <summary>
/// Adding a company to a deal, refused because the deal was deleted meanwhile or because the database refuses: the
/// refusal shows inside the dialog, which stays open, and the deal's participants are as they were.
/// </summary>
public sealed class ParticipantDialogRefusalTests : RefusalTestContext
{
    [Fact]
    public async Task Adding_a_participant_to_a_deal_deleted_meanwhile_is_said_to_be_gone_in_the_dialog_and_nothing_is_added()
    {
        var (id, page) = await DealPageAsync(ArticleSeed.StargateName);
        OpenFrom(page, "participant-add", "participant-dialog");
        var other = new DealEditor(Database.As(new TestUser("other analyst")), new TestUser("other analyst"), TimeProvider.System);
        Guid version;
        await using (var db = Database.CreateDbContext())
        {
            version = await db.Deals.Where(d => d.Id == id).Select(d => d.Version).SingleAsync(Cancel);
        }

        Assert.True((await other.DeleteAsync(id, version, Cancel)).IsSaved);
        var before = await CountsAsync("DealParticipants", "Deals", "Companies");

        await PickAsync("input[data-testid=participant-company]", "Kakao", "Kakao");
        await ClickInDialogAsync("participant-save");

        var refusal = RefusalIn("participant-dialog");
        Reads($"Deal {id} no longer exists.", refusal);
        IsShownAs(Severity.Warning, refusal);
        Assert.Single(Dialogs.FindAll("[data-testid=participant-dialog]"));
        Assert.Empty(Snackbars.FindAll(".mud-snackbar"));
        Assert.Equal(before, await CountsAsync("DealParticipants", "Deals", "Companies"));
    }

    [Fact]
    public async Task A_participant_the_database_refuses_is_told_in_the_presenters_words_in_the_dialog_and_nothing_is_added()
    {
        var (id, page) = await DealPageAsync(ArticleSeed.StargateName);
        OpenFrom(page, "participant-add", "participant-dialog");
        await RefuseAsync("INSERT", "DealParticipants");
        var before = await CountsAsync("DealParticipants", "Citations");

        await PickAsync("input[data-testid=participant-company]", "Kakao", "Kakao");
        await ClickInDialogAsync("participant-save");

        var refusal = RefusalIn("participant-dialog");
        ReadsADatabaseRefusal(refusal);
        IsShownAs(Severity.Error, refusal);
        Assert.Single(Dialogs.FindAll("[data-testid=participant-dialog]"));
        Assert.Empty(Snackbars.FindAll(".mud-snackbar"));
        Assert.Equal(before, await CountsAsync("DealParticipants", "Citations"));
        await using var db = Database.CreateDbContext();
        Assert.False(await db.DealParticipants.AnyAsync(p => p.DealId == id && p.Company!.Name == "Kakao", Cancel));
    }
}

/// <summary>A Viewer is refused by the command itself (the page hides the button; the dialog is reached directly).</summary>
public sealed class ParticipantDialogViewerTests : RefusalTestContext
{
    protected override bool SignedInAsViewer => true;

    [Fact]
    public async Task A_viewer_adding_a_participant_is_told_why_in_the_dialog_and_nothing_is_added()
    {
        RenderProviders();
        var id = await DealIdAsync(ArticleSeed.StargateName);
        await OpenAsync(new DialogParameters<ParticipantDialog> { { d => d.DealId, id } });
        var before = await CountsAsync("DealParticipants", "Companies");

        await PickAsync("input[data-testid=participant-company]", "Kakao", "Kakao");
        await ClickInDialogAsync("participant-save");

        var refusal = RefusalIn("participant-dialog");
        Reads(ViewerRefusal(ViewerName), refusal);
        IsShownAs(Severity.Error, refusal);
        Assert.Single(Dialogs.FindAll("[data-testid=participant-dialog]"));
        Assert.Equal(before, await CountsAsync("DealParticipants", "Companies"));
    }
}

using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using PartnerTracker.Application.Features.Deals;
using PartnerTracker.Data.Seed;
using PartnerTracker.TestSupport;
using PartnerTracker.Web.Components.Pages.Deals;

namespace PartnerTracker.Web.Tests.Refusals;

/// <summary>
/// Citing a sentence for a deal, refused by the database: the refusal shows inside the dialog, which stays open,
/// and no citation is added.
/// </summary>
public sealed class CitationDialogRefusalTests : RefusalTestContext
{
    [Fact]
    public async Task A_citation_the_database_refuses_is_told_in_the_presenters_words_in_the_dialog_and_nothing_is_added()
    {
        var (_, page) = await DealPageAsync(ArticleSeed.StargateName);
        OpenFrom(page, "deal-cite", "citation-dialog");
        await RefuseAsync("INSERT", "Citations");
        var before = await CountsAsync("Citations", "SourceArticles");

        await CiteAsync();

        var refusal = RefusalIn("citation-dialog");
        ReadsADatabaseRefusal(refusal);
        IsShownAs(Severity.Error, refusal);
        Assert.Single(Dialogs.FindAll("[data-testid=citation-dialog]"));
        Assert.Empty(Snackbars.FindAll(".mud-snackbar"));
        Assert.Equal(before, await CountsAsync("Citations", "SourceArticles"));
    }

    [Fact]
    public async Task A_citation_for_a_deal_deleted_while_the_dialog_was_open_says_it_is_gone_and_nothing_is_added()
    {
        var (id, page) = await DealPageAsync(ArticleSeed.StargateName);
        OpenFrom(page, "deal-cite", "citation-dialog");
        await DeleteDealAsSomeoneElseAsync(id);
        var before = await CountsAsync("Citations", "SourceArticles", "Deals");

        await CiteAsync();

        var refusal = RefusalIn("citation-dialog");
        Reads($"Deal {id} no longer exists.", refusal);
        IsShownAs(Severity.Warning, refusal);
        Assert.Single(Dialogs.FindAll("[data-testid=citation-dialog]"));
        Assert.Equal(before, await CountsAsync("Citations", "SourceArticles", "Deals"));
    }

}

/// <summary>A Viewer is refused by the command itself (the page hides the button; the dialog is reached directly).</summary>
public sealed class CitationDialogViewerTests : RefusalTestContext
{
    protected override bool SignedInAsViewer => true;

    [Fact]
    public async Task A_viewer_citing_a_source_is_told_why_in_the_dialog_and_nothing_is_added()
    {
        RenderProviders();
        var deal = (await Services.GetRequiredService<DealsService>().GetDetailsAsync(await DealIdAsync(ArticleSeed.StargateName), Cancel))!;
        await OpenAsync(new DialogParameters<CitationDialog> { { d => d.Deal, deal } });
        var before = await CountsAsync("Citations", "SourceArticles");

        await CiteAsync();

        var refusal = RefusalIn("citation-dialog");
        Reads(ViewerRefusal(ViewerName), refusal);
        IsShownAs(Severity.Error, refusal);
        Assert.Single(Dialogs.FindAll("[data-testid=citation-dialog]"));
        Assert.Equal(before, await CountsAsync("Citations", "SourceArticles"));
    }
}

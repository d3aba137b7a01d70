using Microsoft.EntityFrameworkCore;
using MudBlazor;
using PartnerTracker.Application.Features.Deals;
using PartnerTracker.Data.Seed;
using PartnerTracker.TestSupport;
using PartnerTracker.Web.Components.Pages.Deals;

namespace PartnerTracker.Web.Tests.Refusals;

/// <summary>
/// Putting a person or a product on Stargate, or linking it to another deal, refused (the deal was deleted meanwhile,
/// the database refuses): the refusal shows inside the dialog, which stays open, and nothing is added.
/// </summary>
public sealed class ConnectDialogRefusalTests : RefusalTestContext
{
    /// <summary>Each kind of link: the page's button, the autocomplete, what is typed and picked, and the table written.</summary>
    internal static readonly Dictionary<DealConnection, (string Button, string Input, string Typed, string Option, string Table)> Kinds = new()
    {
        [DealConnection.Person] = ("connect-add-person", "connect-person", "Masayoshi", "Masayoshi Son", "DealPeople"),
        [DealConnection.Product] = ("connect-add-product", "connect-product", "Kanana", "Kanana", "DealProducts"),
        [DealConnection.Link] = ("connect-add-link", "connect-deal", "Samsung", ArticleSeed.SamsungHardwareName, "DealLinks"),
    };

    public static TheoryData<DealConnection> All => [DealConnection.Person, DealConnection.Product, DealConnection.Link];

    [Theory]
    [MemberData(nameof(All))]
    public async Task Adding_to_a_deal_deleted_meanwhile_is_said_to_be_gone_in_the_dialog_and_nothing_is_added(DealConnection kind)
    {
        var id = await OpenFromThePageAsync(kind);
        await DeleteDealAsSomeoneElseAsync(id);
        var before = await CountsAsync(Kinds[kind].Table, "Deals");

        await FillAndSaveAsync(kind);

        var refusal = RefusalIn("connect-dialog");
        Reads($"Deal {id} no longer exists.", refusal);
        Assert.Single(Dialogs.FindAll("[data-testid=connect-dialog]"));
        Assert.Equal(before, await CountsAsync(Kinds[kind].Table, "Deals"));
    }

    [Fact]
    public async Task A_deal_deleted_meanwhile_is_shown_as_someone_elses_change_as_the_participant_dialog_shows_it()
    {
        var id = await OpenFromThePageAsync(DealConnection.Person);
        await DeleteDealAsSomeoneElseAsync(id);

        await FillAndSaveAsync(DealConnection.Person);

        IsShownAs(Severity.Warning, RefusalIn("connect-dialog"));
    }

    [Theory]
    [MemberData(nameof(All))]
    public async Task An_addition_the_database_refuses_is_told_in_the_presenters_words_in_the_dialog_and_nothing_is_added(DealConnection kind)
    {
        await OpenFromThePageAsync(kind);
        await RefuseAsync("INSERT", Kinds[kind].Table);
        var before = await CountsAsync(Kinds[kind].Table, "Citations");

        await FillAndSaveAsync(kind);

        var refusal = RefusalIn("connect-dialog");
        ReadsADatabaseRefusal(refusal);
        IsShownAs(Severity.Error, refusal);
        Assert.Single(Dialogs.FindAll("[data-testid=connect-dialog]"));
        Assert.Empty(Snackbars.FindAll(".mud-snackbar"));
        Assert.Equal(before, await CountsAsync(Kinds[kind].Table, "Citations"));
    }

    private async Task<int> OpenFromThePageAsync(DealConnection kind)
    {
        var (id, page) = await DealPageAsync(ArticleSeed.StargateName);
        OpenFrom(page, Kinds[kind].Button, "connect-dialog");
        return id;
    }

    private async Task FillAndSaveAsync(DealConnection kind)
    {
        var (_, input, typed, option, _) = Kinds[kind];
        await PickAsync($"input[data-testid={input}]", typed, option);
        await ClickInDialogAsync("connect-save");
    }
}

/// <summary>A Viewer is refused by the command itself (the page hides the buttons; the dialog is reached directly).</summary>
public sealed class ConnectDialogViewerTests : RefusalTestContext
{
    protected override bool SignedInAsViewer => true;

    public static TheoryData<DealConnection> All => ConnectDialogRefusalTests.All;

    [Theory]
    [MemberData(nameof(All))]
    public async Task A_viewer_adding_to_a_deal_is_told_why_in_the_dialog_and_nothing_is_added(DealConnection kind)
    {
        RenderProviders();
        var id = await DealIdAsync(ArticleSeed.StargateName);
        await OpenAsync(new DialogParameters<ConnectDialog> { { d => d.DealId, id }, { d => d.Kind, kind } });
        var (_, input, typed, option, table) = ConnectDialogRefusalTests.Kinds[kind];
        var before = await CountsAsync(table);

        await PickAsync($"input[data-testid={input}]", typed, option);
        await ClickInDialogAsync("connect-save");

        var refusal = RefusalIn("connect-dialog");
        Reads(ViewerRefusal(ViewerName), refusal);
        IsShownAs(Severity.Error, refusal);
        Assert.Single(Dialogs.FindAll("[data-testid=connect-dialog]"));
        Assert.Equal(before, await CountsAsync(table));
    }
}

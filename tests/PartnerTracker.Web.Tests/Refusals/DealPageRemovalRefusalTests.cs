using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using MudBlazor;
using PartnerTracker.Application.Features.Deals;
using PartnerTracker.Data.Seed;
using PartnerTracker.Domain;
using PartnerTracker.TestSupport;
using PartnerTracker.Web.Components.Pages.Deals;

namespace PartnerTracker.Web.Tests.Refusals;

/// <summary>
/// What a deal's page removes from the deal (a participant's role, a person, a product, a link to another deal),
/// confirmed, then refused: a snackbar says why, the page still lists it, and every row is still there.
/// </summary>
public sealed class DealPageRemovalRefusalTests : RefusalTestContext
{
    /// <summary>
    /// What the OpenAI–Kakao partnership's page removes, by the label of its remove button, its table, and how the
    /// presenter names the record a refusal concerns (a participant is its own record; the rest change the deal).
    /// </summary>
    private static readonly Dictionary<string, (string Button, string Table, string Noun)> Removals = new()
    {
        ["participant"] = ("Remove Kakao as Customer", "DealParticipants", "participant"),
        ["person"] = ("Remove Sam Altman", "DealPeople", "deal"),
        ["product"] = ("Remove Kanana", "DealProducts", "deal"),
        ["link"] = ($"Unlink {ArticleSeed.StargateName}", "DealLinks", "deal"),
    };

    public static TheoryData<string> Everything => ["participant", "person", "product", "link"];

    public static TheoryData<string> Connections => ["person", "product", "link"];

    [Theory]
    [MemberData(nameof(Everything))]
    public async Task A_viewer_removing_from_a_deal_is_told_why_in_a_snackbar_and_nothing_is_removed(string what)
    {
        var page = await RenderAsync();
        LowerToViewer();
        var before = await CountsAsync(Removals[what].Table, "Citations");

        await RemoveAndConfirmAsync(page, what);

        var snackbar = Snackbar();
        Reads(ViewerRefusal(AnalystName), snackbar);
        IsShownAs(Severity.Error, snackbar);
        AssertStillListed(page, what);
        Assert.Equal(before, await CountsAsync(Removals[what].Table, "Citations"));
    }

    [Theory]
    [MemberData(nameof(Everything))]
    public async Task Removing_what_someone_else_removed_meanwhile_says_it_is_gone_in_a_snackbar(string what)
    {
        var page = await RenderAsync();
        await RemoveAsSomeoneElseAsync(what);
        var before = await CountsAsync(Removals[what].Table, "Citations");

        await RemoveAndConfirmAsync(page, what);

        var snackbar = Snackbar();
        Reads(what == "participant" ? "That participant was already removed." : "That was already removed.", snackbar);
        IsShownAs(Severity.Warning, snackbar);
        Assert.Equal(before, await CountsAsync(Removals[what].Table, "Citations"));
    }

    [Fact]
    public Task A_participant_removal_the_database_refuses_is_told_in_the_presenters_words_in_a_snackbar_and_nothing_is_removed() =>
        AssertTheDatabaseRefusalIsShownAsync("participant");

    [Theory]
    [MemberData(nameof(Connections))]
    public Task A_removal_the_database_refuses_is_told_in_the_presenters_words_in_a_snackbar_and_nothing_is_removed(string what) =>
        AssertTheDatabaseRefusalIsShownAsync(what);

    private async Task AssertTheDatabaseRefusalIsShownAsync(string what)
    {
        var page = await RenderAsync();
        await RefuseAsync("DELETE", Removals[what].Table);
        var before = await CountsAsync(Removals[what].Table, "Citations");

        await RemoveAndConfirmAsync(page, what);

        var snackbar = Snackbar();
        Reads(DatabaseRefusal(Removals[what].Noun), snackbar);
        ReadsADatabaseRefusal(snackbar);
        IsShownAs(Severity.Error, snackbar);
        AssertStillListed(page, what);
        Assert.Equal(before, await CountsAsync(Removals[what].Table, "Citations"));
    }

    /// <summary>The OpenAI–Kakao partnership's page, the deal linked to Stargate so that it has a link to remove.</summary>
    private async Task<IRenderedComponent<DealPage>> RenderAsync()
    {
        await LinkToStargateAsync(Database);
        var (_, page) = await DealPageAsync(ArticleSeed.OpenAiKakaoName);
        return page;
    }

    internal static async Task LinkToStargateAsync(SqliteTestDatabase database)
    {
        await using var db = database.CreateDbContext();
        var from = await db.Deals.Where(d => d.Name == ArticleSeed.OpenAiKakaoName).Select(d => d.Id).SingleAsync();
        var to = await db.Deals.Where(d => d.Name == ArticleSeed.StargateName).Select(d => d.Id).SingleAsync();
        db.DealLinks.Add(new DealLink { FromDealId = from, ToDealId = to, Kind = DealLinkKind.Related });
        await db.SaveChangesAsync();
    }

    private async Task RemoveAndConfirmAsync(IRenderedComponent<DealPage> page, string what)
    {
        // Not awaited: the click waits for the answer in the confirmation.
        var removing = page.InvokeAsync(() => Button(page, what).Click());
        Confirm();
        await removing.WaitAsync(TimeSpan.FromSeconds(5), Cancel);
    }

    internal static IElement Button(IRenderedComponent<DealPage> page, string what) =>
        page.FindAll("button").Single(b => b.GetAttribute("aria-label") == Removals[what].Button);

    private static void AssertStillListed(IRenderedComponent<DealPage> page, string what) =>
        page.WaitForAssertion(() => Assert.NotNull(Button(page, what)), TimeSpan.FromSeconds(5));

    /// <summary>Another analyst removes the same thing after the page loaded.</summary>
    private async Task RemoveAsSomeoneElseAsync(string what)
    {
        var other = new TestUser("other analyst");
        var contexts = Database.As(other);
        await using var db = Database.CreateDbContext();
        var dealId = await db.Deals.Where(d => d.Name == ArticleSeed.OpenAiKakaoName).Select(d => d.Id).SingleAsync(Cancel);
        var removed = what switch
        {
            "participant" => await new ParticipantEditor(contexts, other).RemoveAsync(
                await db.DealParticipants.Where(p => p.DealId == dealId && p.Company!.Name == "Kakao" && p.Role == ParticipantRole.Customer).Select(p => p.Id).SingleAsync(Cancel), Cancel),
            "person" => await new DealConnectionsEditor(contexts, other).RemoveAsync(DealConnection.Person,
                await db.DealPeople.Where(p => p.DealId == dealId && p.Person!.FullName == "Sam Altman").Select(p => p.Id).SingleAsync(Cancel), Cancel),
            "product" => await new DealConnectionsEditor(contexts, other).RemoveAsync(DealConnection.Product,
                await db.DealProducts.Where(p => p.DealId == dealId && p.Product!.Name == "Kanana").Select(p => p.Id).SingleAsync(Cancel), Cancel),
            _ => await new DealConnectionsEditor(contexts, other).RemoveAsync(DealConnection.Link,
                await db.DealLinks.Where(l => l.FromDealId == dealId).Select(l => l.Id).SingleAsync(Cancel), Cancel),
        };
        Assert.True(removed.IsSaved);
    }
}

/// <summary>
/// A signed-in Viewer: the page hides every remove button but Unlink (which sits outside IfCanWrite), and the
/// command refuses that one.
/// </summary>
public sealed class DealPageRemovalViewerTests : RefusalTestContext
{
    protected override bool SignedInAsViewer => true;

    [Fact]
    public async Task A_viewer_is_offered_no_remove_or_unlink_on_a_deal_page()
    {
        await DealPageRemovalRefusalTests.LinkToStargateAsync(Database);
        var (_, page) = await DealPageAsync(ArticleSeed.OpenAiKakaoName);

        // Write actions are hidden from a Viewer (IfCanWrite); the commands refuse them anyway (the tests above).
        Assert.DoesNotContain(page.FindAll("button"), b => b.GetAttribute("aria-label") == "Remove Kakao as Customer");
        Assert.DoesNotContain(page.FindAll("button"), b => b.GetAttribute("aria-label")?.StartsWith("Unlink ", StringComparison.Ordinal) == true);
        Assert.NotEmpty(page.FindAll("[data-testid=related-deal]"));
    }
}

using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using PartnerTracker.Data.Seed;
using PartnerTracker.Web.Components.Pages.Companies;
using PartnerTracker.Web.Components.Pages.Events;
using PartnerTracker.Web.Components.Pages.Network;
using PartnerTracker.Web.Components.Pages.People;
using PartnerTracker.Web.Components.Pages.Products;
using PartnerTracker.Web.Components.Pages.Sources;
using PartnerTracker.Web.Components.Pages.Timelines;
using PartnerTracker.Web.Components.Shared;

namespace PartnerTracker.Web.Tests.Lists;

/// <summary>
/// Every list on the article's data, opened at an address past its end or before its start: each shows its one page
/// of rows under a caption that counts them, and its address says the first page (no page number).
/// </summary>
public sealed class EveryListPagingTests : MudTestContext
{
    private NavigationManager Navigation => Services.GetRequiredService<NavigationManager>();

    /// <summary>Each list's grid (its test id) and its address on the page that shows it.</summary>
    public static TheoryData<string, string> Lists => new()
    {
        { "companies-grid", "/companies" },
        { "people-grid", "/people" },
        { "products-grid", "/products" },
        { "events-grid", "/events" },
        { "sources-grid", "/sources" },
        { "changes-grid", "/changes?from=2025-01-01&to=2025-12-31" },
        { "network-table", "/network" },
    };

    [Theory]
    [MemberData(nameof(Lists))]
    public void A_page_past_the_end_shows_the_last_page(string grid, string address) => AssertFirstPage(grid, address, "9");

    [Theory]
    [MemberData(nameof(Lists))]
    public void A_page_before_the_start_shows_the_first_page(string grid, string address) => AssertFirstPage(grid, address, "-4");

    [Fact]
    public async Task A_records_history_tab_keeps_its_page_apart_from_the_pages_own_list()
    {
        await using var db = Database.CreateDbContext();
        var stargate = await DealIdAsync(ArticleSeed.StargateName);
        Navigation.NavigateTo("/deals/1?page=4&history-page=50");

        var cut = Render<RecordHistory>(p => p.Add(h => h.RecordType, "Deal").Add(h => h.RecordId, stargate));

        cut.WaitForAssertion(() =>
        {
            var shown = cut.FindAll("[data-testid=history-grid] tbody tr").Count;
            Assert.InRange(shown, 1, 25);
            Assert.EndsWith($" of {shown}", cut.Find("[data-testid=history-grid-pager-caption]").TextContent, StringComparison.Ordinal);
            var address = ListUrl.Query(Navigation.Uri);
            Assert.DoesNotContain("history-page", address.Keys);
            Assert.Equal("4", address["page"]);
        });
    }

    private void AssertFirstPage(string grid, string address, string page)
    {
        var pageKey = ListUrl.PageKey(grid == "network-table" ? "links-" : "");
        Navigation.NavigateTo($"{address}{(address.Contains('?', StringComparison.Ordinal) ? '&' : '?')}{pageKey}={page}");

        IRenderedComponent<IComponent> cut = grid switch
        {
            "companies-grid" => Render<CompaniesList>(),
            "people-grid" => Render<PeopleList>(),
            "products-grid" => Render<ProductsList>(),
            "events-grid" => Render<EventsList>(),
            "sources-grid" => Render<SourcesList>(),
            "changes-grid" => Render<ChangesPage>(),
            _ => Render<NetworkPage>(),
        };

        cut.WaitForAssertion(
            () =>
            {
                var rows = cut.FindAll($"[data-testid={grid}] tbody tr").Count;
                Assert.InRange(rows, 1, 25);
                Assert.Equal($"1-{rows} of {rows}", cut.Find($"[data-testid={grid}-pager-caption]").TextContent);
                var shown = ListUrl.Query(Navigation.Uri);
                Assert.DoesNotContain(pageKey, shown.Keys);
                Assert.All(ListUrl.Query("http://127.0.0.1" + address), kept => Assert.Equal(kept.Value, shown[kept.Key]));
            },
            TimeSpan.FromSeconds(10));
    }
}

using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using PartnerTracker.Application.Common;
using PartnerTracker.Application.Features.Deals;
using PartnerTracker.Synthetic;
using PartnerTracker.Web.Components.Pages.Deals;

namespace PartnerTracker.Web.Tests.Lists;

/// <summary>
/// The deals list on 60 generated deals (pages of 25 rows: 25, 25 and 10): after every move the caption, the rows
/// (compared with the list's own query for that page) and the address agree.
/// </summary>
public sealed class ListPagingTests : MudTestContext
{
    private const int Deals = 60;

    protected override bool Seeded => false;

    private NavigationManager Navigation => Services.GetRequiredService<NavigationManager>();

    [Fact]
    public async Task Next_previous_last_and_first_move_the_rows_the_caption_and_the_address_together()
    {
        var cut = await OpenAsync("/deals");
        await AssertShowsAsync(cut, 0, 25, "1-25 of 60", "/deals");

        cut.Find("button[data-testid=deals-grid-pager-next]").Click();
        await AssertShowsAsync(cut, 1, 25, "26-50 of 60", "/deals?page=2");

        cut.Find("button[data-testid=deals-grid-pager-last]").Click();
        await AssertShowsAsync(cut, 2, 25, "51-60 of 60", "/deals?page=3");
        Assert.True(cut.Find("button[data-testid=deals-grid-pager-next]").HasAttribute("disabled"));

        cut.Find("button[data-testid=deals-grid-pager-previous]").Click();
        await AssertShowsAsync(cut, 1, 25, "26-50 of 60", "/deals?page=2");

        cut.Find("button[data-testid=deals-grid-pager-first]").Click();
        await AssertShowsAsync(cut, 0, 25, "1-25 of 60", "/deals");
        Assert.True(cut.Find("button[data-testid=deals-grid-pager-previous]").HasAttribute("disabled"));
    }

    [Fact]
    public async Task A_typed_page_address_opens_that_page()
    {
        var cut = await OpenAsync("/deals?page=3");

        await AssertShowsAsync(cut, 2, 25, "51-60 of 60", "/deals?page=3");
    }

    [Theory]
    [InlineData("/deals?page=4")]
    [InlineData("/deals?page=99999999")]
    [InlineData("/deals?page=99999999999999999999999")]
    public async Task A_page_past_the_end_shows_the_last_page_and_says_so_in_the_address(string address)
    {
        var cut = await OpenAsync(address);

        await AssertShowsAsync(cut, 2, 25, "51-60 of 60", "/deals?page=3");
    }

    [Theory]
    [InlineData("/deals?page=0")]
    [InlineData("/deals?page=-2")]
    [InlineData("/deals?page=two")]
    [InlineData("/deals?page=")]
    public async Task Page_zero_negative_or_malformed_shows_the_first_page(string address)
    {
        var cut = await OpenAsync(address);

        await AssertShowsAsync(cut, 0, 25, "1-25 of 60", "/deals");
    }

    [Fact]
    public async Task Going_back_to_an_earlier_address_shows_its_page_again()
    {
        var cut = await OpenAsync("/deals?page=2");
        await AssertShowsAsync(cut, 1, 25, "26-50 of 60", "/deals?page=2");
        cut.Find("button[data-testid=deals-grid-pager-next]").Click();
        await AssertShowsAsync(cut, 2, 25, "51-60 of 60", "/deals?page=3");

        // What the browser's Back does to the page: the address changes under it.
        Navigation.NavigateTo("/deals?page=2");
        await AssertShowsAsync(cut, 1, 25, "26-50 of 60", "/deals?page=2");
        Navigation.NavigateTo("/deals");
        await AssertShowsAsync(cut, 0, 25, "1-25 of 60", "/deals");
    }

    [Fact]
    public async Task A_new_page_size_keeps_the_first_row_on_screen()
    {
        var cut = await OpenAsync("/deals?page=3&size=10");
        await AssertShowsAsync(cut, 2, 10, "21-30 of 60", "/deals?page=3&size=10");

        // Rows 21-30 in pages of 50 are on the first page.
        Navigation.NavigateTo("/deals?size=50");
        await AssertShowsAsync(cut, 0, 50, "1-50 of 60", "/deals?size=50");
        cut.Find("button[data-testid=deals-grid-pager-next]").Click();
        await AssertShowsAsync(cut, 1, 50, "51-60 of 60", "/deals?page=2&size=50");
    }

    [Fact]
    public async Task Choosing_50_rows_in_the_pagers_own_size_select_keeps_the_first_row_on_screen()
    {
        var popovers = Render<MudPopoverProvider>();
        var cut = await OpenAsync("/deals?page=3&size=10");
        await AssertShowsAsync(cut, 2, 10, "21-30 of 60", "/deals?page=3&size=10");

        // As the user does: open the select, then click the option in the popover it opens.
        await cut.InvokeAsync(() => cut.Find("[data-testid=deals-grid-pager-size]").Closest(".mud-input-control")!.MouseDown());
        popovers.WaitForAssertion(() => Assert.Contains(popovers.FindAll(".mud-list-item"), i => i.TextContent.Trim() == "50"), TimeSpan.FromSeconds(5));
        await popovers.InvokeAsync(() => popovers.FindAll(".mud-list-item").First(i => i.TextContent.Trim() == "50").Click());

        // Row 21 in pages of 50 is on the first page.
        await AssertShowsAsync(cut, 0, 50, "1-50 of 60", "/deals?size=50");
    }

    [Fact]
    public async Task Sorting_starts_again_from_the_first_page_and_keeps_the_sort_in_the_address()
    {
        var cut = await OpenAsync("/deals?page=2");
        await AssertShowsAsync(cut, 1, 25, "26-50 of 60", "/deals?page=2");

        cut.FindAll(".sortable-column-header").Single(h => h.TextContent == "Deal").Click();

        await AssertShowsAsync(cut, 0, 25, "1-25 of 60", "/deals?sort=Name", sortBy: nameof(DealListItem.Name));
        cut.Find("button[data-testid=deals-grid-pager-next]").Click();
        await AssertShowsAsync(cut, 1, 25, "26-50 of 60", "/deals?sort=Name&page=2", sortBy: nameof(DealListItem.Name));
    }

    [Fact]
    public async Task Going_back_over_a_sort_shows_the_earlier_sort_and_page()
    {
        var cut = await OpenAsync("/deals?page=2");
        await AssertShowsAsync(cut, 1, 25, "26-50 of 60", "/deals?page=2");
        cut.FindAll(".sortable-column-header").Single(h => h.TextContent == "Deal").Click();
        await AssertShowsAsync(cut, 0, 25, "1-25 of 60", "/deals?sort=Name", sortBy: nameof(DealListItem.Name));

        Navigation.NavigateTo("/deals?page=2");
        await AssertShowsAsync(cut, 1, 25, "26-50 of 60", "/deals?page=2");

        Navigation.NavigateTo("/deals?sort=Name&desc=true&page=3");
        await AssertShowsAsync(cut, 2, 25, "51-60 of 60", "/deals?sort=Name&desc=true&page=3", sortBy: nameof(DealListItem.Name), descending: true);
    }

    private async Task<IRenderedComponent<DealsList>> OpenAsync(string address)
    {
        await using (var db = Database.CreateDbContext())
        {
            await SyntheticDataGenerator.GenerateAsync(db, new SyntheticDataOptions { Companies = 20, Deals = Deals, BatchSize = Deals }, Cancel);
        }

        Navigation.NavigateTo(address);
        return Render<DealsList>();
    }

    private async Task AssertShowsAsync(IRenderedComponent<DealsList> cut, int pageIndex, int size, string caption, string address, string? sortBy = null, bool descending = false)
    {
        var expected = await Services.GetRequiredService<DealsService>()
            .GetPageAsync(DealFilter.None, new ListRequest(pageIndex, size, sortBy, descending), Cancel);
        cut.WaitForAssertion(
            () =>
            {
                Assert.Equal(caption, cut.Find("[data-testid=deals-grid-pager-caption]").TextContent);
                Assert.Equal(expected.Items.Select(d => d.Name), cut.FindAll("[data-testid=deal-link]").Select(a => a.TextContent));
                Assert.Equal(Normal(address), Normal(new Uri(Navigation.Uri).PathAndQuery));
            },
            TimeSpan.FromSeconds(10));
    }

    /// <summary>An address with its query's keys in order: which order the list writes them in does not matter.</summary>
    private static string Normal(string address)
    {
        var parts = address.Split('?', 2);
        return parts.Length == 1 ? address : $"{parts[0]}?{string.Join("&", parts[1].Split('&').Order(StringComparer.Ordinal))}";
    }
}

using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using PartnerTracker.Data.Seed;
using PartnerTracker.Web.Components.Pages.Deals;

namespace PartnerTracker.Web.Tests.Deals;

public sealed class DealsListFilterTests : MudTestContext
{
    private NavigationManager Navigation => Services.GetRequiredService<NavigationManager>();

    [Fact]
    public void A_filtered_url_shows_only_matching_deals()
    {
        Navigation.NavigateTo("/deals?kind=JointVenture");

        var cut = Render<DealsList>();

        cut.WaitForAssertion(() => Assert.Equal([ArticleSeed.StargateName], DealNames(cut)));
    }

    [Fact]
    public void A_filter_that_matches_nothing_says_so()
    {
        Navigation.NavigateTo("/deals?q=Zyxw");

        var cut = Render<DealsList>();

        cut.WaitForAssertion(() => Assert.Contains("No deal matches these filters.", cut.Markup, StringComparison.Ordinal));
    }

    [Fact]
    public void Typing_a_search_narrows_the_list_and_puts_it_in_the_url()
    {
        Navigation.NavigateTo("/deals");
        var cut = Render<DealsList>();
        cut.WaitForAssertion(() => Assert.Equal(4, DealNames(cut).Count));

        cut.Find("input[data-testid=filter-text]").Input("Kakao");

        cut.WaitForAssertion(() => Assert.Contains("q=Kakao", Navigation.Uri, StringComparison.Ordinal), TimeSpan.FromSeconds(5));
        cut.WaitForAssertion(() => Assert.Equal([ArticleSeed.LocalizedProductName, ArticleSeed.OpenAiKakaoName], DealNames(cut)), TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void Sorting_is_kept_in_the_url()
    {
        Navigation.NavigateTo("/deals");
        var cut = Render<DealsList>();
        cut.WaitForAssertion(() => Assert.Equal(4, DealNames(cut).Count));

        cut.FindAll(".sortable-column-header").Single(h => h.TextContent == "Stage").Click();

        cut.WaitForAssertion(() => Assert.Contains("sort=Stage", Navigation.Uri, StringComparison.Ordinal));
    }

    private static List<string> DealNames(IRenderedComponent<DealsList> cut) =>
        cut.FindAll("[data-testid=deal-link]").Select(a => a.TextContent).ToList();
}

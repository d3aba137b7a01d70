using PartnerTracker.Data.Seed;
using PartnerTracker.Web.Components.Pages.Deals;

namespace PartnerTracker.Web.Tests.Deals;

public sealed class DealsListTests : MudTestContext
{
    [Fact]
    public void Lists_the_seeded_deals_with_links_and_values()
    {
        var cut = Render<DealsList>();

        cut.WaitForAssertion(() => Assert.Equal(4, cut.FindAll("[data-testid=deal-link]").Count));
        var stargateRow = cut.FindAll("tr").Single(r => r.TextContent.Contains(ArticleSeed.StargateName, StringComparison.Ordinal));
        Assert.Contains("$500 billion", stargateRow.TextContent, StringComparison.Ordinal);
        Assert.Contains("Joint venture", stargateRow.TextContent, StringComparison.Ordinal);
        var link = cut.FindAll("[data-testid=deal-link]").Single(a => a.TextContent == ArticleSeed.StargateName);
        Assert.Matches("^/deals/[0-9]+$", link.GetAttribute("href"));
    }

    [Fact]
    public void Clicking_the_value_header_twice_sorts_by_value_descending_in_the_database()
    {
        var cut = Render<DealsList>();
        cut.WaitForAssertion(() => Assert.Equal(4, cut.FindAll("[data-testid=deal-link]").Count));
        Assert.NotEqual(ArticleSeed.StargateName, cut.FindAll("[data-testid=deal-link]")[0].TextContent);

        ClickSortHeader(cut, "Value (USD)");
        cut.WaitForAssertion(() => Assert.NotEqual(ArticleSeed.StargateName, cut.FindAll("[data-testid=deal-link]")[0].TextContent));
        ClickSortHeader(cut, "Value (USD)");

        cut.WaitForAssertion(() => Assert.Equal(ArticleSeed.StargateName, cut.FindAll("[data-testid=deal-link]")[0].TextContent));
    }

    private static void ClickSortHeader(IRenderedComponent<DealsList> cut, string title) =>
        cut.FindAll(".sortable-column-header").Single(h => h.TextContent == title).Click();
}

public sealed class EmptyDealsListTests : MudTestContext
{
    protected override bool Seeded => false;

    [Fact]
    public void Says_so_when_there_are_no_deals()
    {
        var cut = Render<DealsList>();

        cut.WaitForAssertion(() => Assert.Contains("No deals recorded yet.", cut.Markup, StringComparison.Ordinal));
    }
}

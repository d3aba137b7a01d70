using PartnerTracker.Data.Seed;
using PartnerTracker.Web.Components.Pages.Deals;

namespace PartnerTracker.Web.Tests.Deals;

public sealed class DealPageTests : MudTestContext
{
    [Fact]
    public async Task Stargate_shows_seven_participants_with_roles_and_the_value_with_its_quote()
    {
        var id = await DealIdAsync(ArticleSeed.StargateName);

        var cut = Render<DealPage>(p => p.Add(x => x.DealId, id));

        cut.WaitForAssertion(() => Assert.Equal(ArticleSeed.StargateName, cut.Find("[data-testid=deal-name]").TextContent));
        var companies = cut.FindAll("[data-testid=participant]").Select(e => e.TextContent.Trim()).ToList();
        Assert.Equal(["Arm", "Microsoft", "Nvidia", "OpenAI", "Oracle", "Samsung Electronics", "SoftBank Group"], companies);
        Assert.Equal("$500 billion", cut.Find("[data-testid=deal-value]").TextContent.Trim());
        var valueQuote = cut.Find("[data-testid=value-citations] [data-testid=quote]").TextContent;
        Assert.Contains("a joint venture with a combined investment of $500 billion by SoftBank, OpenAI and Oracle", valueQuote, StringComparison.Ordinal);
        Assert.Contains("Korea JoongAng Daily", valueQuote, StringComparison.Ordinal);
        var samsungRow = cut.FindAll("tr").Single(r => r.TextContent.Contains("Samsung Electronics", StringComparison.Ordinal));
        Assert.Contains("Potential partner · Rumored", samsungRow.TextContent, StringComparison.Ordinal);
        Assert.Contains("under consideration", samsungRow.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sub_deal_links_to_its_parent()
    {
        var id = await DealIdAsync(ArticleSeed.LocalizedProductName);
        var parentId = await DealIdAsync(ArticleSeed.OpenAiKakaoName);

        var cut = Render<DealPage>(p => p.Add(x => x.DealId, id));

        cut.WaitForAssertion(() => Assert.Contains(cut.FindAll("a"), a => a.GetAttribute("href") == $"/deals/{parentId}"));
        Assert.Equal("Undisclosed", cut.Find("[data-testid=deal-value]").TextContent.Trim());
    }

    [Fact]
    public void Unknown_deal_says_so()
    {
        var cut = Render<DealPage>(p => p.Add(x => x.DealId, 987_654));

        cut.WaitForAssertion(() => Assert.Contains("No deal has the id 987654", cut.Markup, StringComparison.Ordinal));
    }
}

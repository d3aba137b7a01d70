using Microsoft.Playwright;
using PartnerTracker.Data.Seed;

namespace PartnerTracker.E2E;

/// <summary>A manager opens the dashboard on the article's data and drills down from a figure to the deals behind it.</summary>
public sealed class DashboardJourneyTests(Browser browser) : IClassFixture<Browser>, IAsyncDisposable
{
    private readonly RunningApp app = new();

    public ValueTask DisposeAsync() => browser.CloseThenStopAsync(app);

    [Fact]
    public async Task See_500_billion_for_Stargate_then_open_the_joint_ventures_and_find_Stargate()
    {
        var page = await browser.OpenAsync(app.BaseAddress);

        var largest = page.Locator("[data-testid=largest-deal]");
        await Assertions.Expect(largest).ToHaveCountAsync(1);
        await Assertions.Expect(largest.Locator("[data-testid=largest-deal-link]")).ToHaveTextAsync(ArticleSeed.StargateName);
        await Assertions.Expect(largest.Locator("[data-testid=largest-deal-value]")).ToHaveTextAsync("$500 billion");
        await Assertions.Expect(page.Locator("[data-testid=kpi-value]")).ToHaveTextAsync("$500 billion");

        // The joint-venture segment's link in the chart's table (the same link the segment opens).
        await page.Locator("[data-testid=by-kind] [data-testid=by-kind-link]").GetByText("Joint venture", new() { Exact = true }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/deals\\?kind=JointVenture$"));
        await Assertions.Expect(page.Locator("[data-testid=deal-link]")).ToHaveTextAsync([ArticleSeed.StargateName]);
    }

    [Fact]
    public async Task The_value_of_Stargate_opens_the_deal_with_its_quoted_sentence()
    {
        var page = await browser.OpenAsync(app.BaseAddress);

        await page.Locator("[data-testid=largest-deal-citations]").ClickAsync();

        await Assertions.Expect(page.Locator("[data-testid=deal-name]")).ToHaveTextAsync(ArticleSeed.StargateName);
        await Assertions.Expect(page.Locator("[data-testid=value-citations] [data-testid=quote]")).ToContainTextAsync("$500 billion");
    }
}

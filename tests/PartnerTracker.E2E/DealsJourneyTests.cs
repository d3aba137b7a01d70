using Microsoft.Playwright;
using PartnerTracker.Data.Seed;

namespace PartnerTracker.E2E;

/// <summary>A manager's first look: the deals list, then Stargate with its participants and the quoted sentence.</summary>
public sealed class DealsJourneyTests(Browser browser) : IClassFixture<Browser>, IAsyncDisposable
{
    private readonly RunningApp app = new();

    public ValueTask DisposeAsync() => browser.CloseThenStopAsync(app);

    [Fact]
    public async Task Open_the_deals_list_then_Stargate_and_see_seven_participants_and_500_billion_with_its_quote()
    {
        var page = await browser.OpenAsync(new Uri(app.BaseAddress, "/deals"));

        var stargate = page.GetByRole(AriaRole.Link, new() { Name = ArticleSeed.StargateName, Exact = true });
        await Assertions.Expect(page.Locator("[data-testid=deal-link]")).ToHaveCountAsync(4);
        await stargate.ClickAsync();

        await Assertions.Expect(page.Locator("[data-testid=deal-name]")).ToHaveTextAsync(ArticleSeed.StargateName);
        await Assertions.Expect(page.Locator("[data-testid=participant]")).ToHaveCountAsync(7);
        await Assertions.Expect(page.Locator("[data-testid=deal-value]")).ToHaveTextAsync("$500 billion");
        await Assertions.Expect(page.Locator("[data-testid=value-citations] [data-testid=quote]"))
            .ToContainTextAsync("a joint venture with a combined investment of $500 billion by SoftBank, OpenAI and Oracle");
        Assert.Matches("/deals/[0-9]+$", page.Url);
    }

    [Fact]
    public async Task Navigation_reaches_the_deals_list_from_the_dashboard()
    {
        var page = await browser.OpenAsync(app.BaseAddress);

        await Assertions.Expect(page.GetByText("3 of 4 deals undisclosed")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Deals", Exact = true }).ClickAsync();

        await Assertions.Expect(page.Locator("[data-testid=deal-link]")).ToHaveCountAsync(4);
    }

    [Theory]
    [InlineData("Companies", "Krafton")]
    [InlineData("People", "Chung Shin-a")]
    [InlineData("Products", "Kanana")]
    [InlineData("Events", "Kakao press event with OpenAI")]
    [InlineData("Sources", "Korea JoongAng Daily")]
    public async Task Every_section_in_the_navigation_lists_the_article_data(string section, string expected)
    {
        var page = await browser.OpenAsync(app.BaseAddress);

        await page.GetByRole(AriaRole.Link, new() { Name = section, Exact = true }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = section })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("tbody").GetByText(expected, new() { Exact = true })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_filtered_deals_list_survives_a_reload_from_its_url()
    {
        var page = await browser.OpenAsync(new Uri(app.BaseAddress, "/deals"));
        await Assertions.Expect(page.Locator("[data-testid=deal-link]")).ToHaveCountAsync(4);

        await page.Locator("input[data-testid=filter-text]").FillAsync("Kakao");

        await Assertions.Expect(page.Locator("[data-testid=deal-link]")).ToHaveCountAsync(2);
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("q=Kakao"));
        await page.ReloadAsync();
        await page.Locator("[data-interactive=true]").WaitForAsync();
        await Assertions.Expect(page.Locator("[data-testid=deal-link]")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator("input[data-testid=filter-text]")).ToHaveValueAsync("Kakao");
    }
}

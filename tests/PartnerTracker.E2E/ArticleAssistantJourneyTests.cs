using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PartnerTracker.Data.Seed;

namespace PartnerTracker.E2E;

/// <summary>
/// An analyst pastes the seed article into an empty database, reviews the assistant's proposals, confirms, and
/// finds Stargate with its participants and the sentences that cite them on its deal page.
/// </summary>
public sealed class ArticleAssistantJourneyTests(Browser browser) : IClassFixture<Browser>, IAsyncDisposable
{
    private readonly RunningApp app = new(seeded: false);

    public ValueTask DisposeAsync() => browser.CloseThenStopAsync(app);

    [Fact]
    public async Task Analyst_pastes_the_article_reviews_confirms_and_finds_Stargate_cited()
    {
        var page = await browser.OpenAsync(new Uri(app.BaseAddress, "/assistant"));

        await page.Locator("input[data-testid=assistant-title]").FillAsync(ArticleSeed.ArticleTitle);
        await page.Locator("input[data-testid=assistant-publisher]").FillAsync("Korea JoongAng Daily");
        await page.Locator("input[data-testid=assistant-author]").FillAsync("Lee Jae-lim");
        await page.Locator("[data-testid=assistant-published] input, input[data-testid=assistant-published]").First.FillAsync("2025-02-04");
        await page.Locator("[data-testid=assistant-published] input, input[data-testid=assistant-published]").First.PressAsync("Enter");
        await page.Locator("textarea[data-testid=assistant-text]").FillAsync(ArticleSeed.ArticleText);
        await page.Locator("[data-testid=assistant-extract]").ClickAsync();

        // The review: Stargate among the draft deals, its backers and partners listed with their sentences.
        var stargate = page.Locator("[data-testid=review-deal][data-name=Stargate]");
        await Assertions.Expect(stargate).ToHaveCountAsync(1);
        await Assertions.Expect(stargate.Locator("[data-testid=review-participant]")).ToHaveCountAsync(9);
        await Assertions.Expect(stargate.Locator("input[data-testid=review-deal-amount]")).ToHaveValueAsync("500,000,000,000");
        await Assertions.Expect(stargate.Locator("input[data-testid=review-deal-currency]")).ToHaveValueAsync("USD");

        // The analyst leaves the AI-specific noise out: no company is proposed for it, and DeepSeek is unticked.
        var deepSeek = page.Locator("[data-testid=review-company][data-name=DeepSeek]");
        await deepSeek.Locator("input[type=checkbox]").First.UncheckAsync();

        await page.Locator("[data-testid=assistant-confirm]").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/sources/[0-9]+$"));

        await page.GotoAsync(new Uri(app.BaseAddress, "/deals").ToString());
        await page.Locator("[data-interactive=true]").WaitForAsync();
        await page.Locator("[data-testid=deal-link]", new() { HasText = "Stargate" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=deal-name]")).ToHaveTextAsync("Stargate");

        foreach (var company in new[] { "SoftBank Group", "OpenAI", "Oracle", "Arm", "Microsoft", "Nvidia", "Samsung Electronics" })
        {
            await Assertions.Expect(page.Locator("[data-testid=participant]", new() { HasText = company })).ToHaveCountAsync(1);
        }

        await Assertions.Expect(page.Locator("[data-testid=deal-value]")).ToContainTextAsync("500");
        await Assertions.Expect(page.Locator("[data-testid=value-citations]")).ToContainTextAsync("a combined investment of $500 billion by SoftBank, OpenAI and Oracle");
        await Assertions.Expect(page.GetByText("each leading on the technological and financial fronts").First).ToBeVisibleAsync();

        // DeepSeek, unticked, was not created.
        await page.GotoAsync(new Uri(app.BaseAddress, "/companies").ToString());
        await page.Locator("[data-interactive=true]").WaitForAsync();
        await Assertions.Expect(page.GetByText("Nvidia").First).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("DeepSeek")).ToHaveCountAsync(0);
    }
}

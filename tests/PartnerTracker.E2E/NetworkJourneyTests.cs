using Microsoft.Playwright;

namespace PartnerTracker.E2E;

/// <summary>A manager opens the network of the article's deals and follows OpenAI's node to its company page.</summary>
public sealed class NetworkJourneyTests(Browser browser) : IClassFixture<Browser>, IAsyncDisposable
{
    private readonly RunningApp app = new();

    public ValueTask DisposeAsync() => browser.CloseThenStopAsync(app);

    [Fact]
    public async Task Open_the_network_and_click_OpenAI_to_land_on_its_company_page()
    {
        var page = await browser.OpenAsync(new Uri(app.BaseAddress, "/network"));

        await Assertions.Expect(page.Locator("[data-testid=network-node]")).ToHaveCountAsync(8);
        await Assertions.Expect(page.Locator("[data-testid=network-edge][data-potential=true]")).Not.ToHaveCountAsync(0);
        if (Environment.GetEnvironmentVariable("PT_E2E_SCREENSHOTS") is { Length: > 0 } folder)
        {
            await page.ScreenshotAsync(new() { Path = Path.Combine(folder, "network.png"), FullPage = true });
        }

        await page.Locator("[data-testid=network-node][data-name=OpenAI]").ClickAsync();

        await Assertions.Expect(page.Locator("[data-testid=company-name]")).ToHaveTextAsync("OpenAI");
        Assert.Matches("/companies/[0-9]+$", page.Url);
    }
}

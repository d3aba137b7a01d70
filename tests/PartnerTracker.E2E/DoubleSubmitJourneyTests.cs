using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace PartnerTracker.E2E;

/// <summary>
/// An impatient analyst double-clicks Save: one record is written, not two. A person, because two people may share
/// a name: no duplicate-name refusal would hide a second write.
/// </summary>
public sealed class DoubleSubmitJourneyTests(Browser browser) : IClassFixture<Browser>, IAsyncDisposable
{
    private readonly RunningApp app = new();

    public ValueTask DisposeAsync() => browser.CloseThenStopAsync(app);

    [Fact]
    public async Task A_double_clicked_save_creates_the_person_once()
    {
        var page = await browser.OpenAsync(new Uri(app.BaseAddress, "/people/new"));
        await page.Locator("input[data-testid=person-name-input]").FillAsync("Dana Doubleclick");

        await page.Locator("[data-testid=person-save]").DblClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/people/[0-9]+$"));
        await page.GotoAsync(new Uri(app.BaseAddress, "/people?q=Doubleclick").ToString());
        await page.Locator("[data-interactive=true]").WaitForAsync();
        await Assertions.Expect(page.Locator("[data-testid=people-grid] tbody tr", new() { HasText = "Dana Doubleclick" })).ToHaveCountAsync(1);
    }
}

using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace PartnerTracker.E2E;

/// <summary>Data out and in through the browser: the filtered list as CSV, and a spreadsheet of deals imported.</summary>
public sealed class ImportExportJourneyTests(Browser browser) : IClassFixture<Browser>, IAsyncDisposable
{
    private readonly RunningApp app = new();

    public ValueTask DisposeAsync() => browser.CloseThenStopAsync(app);

    [Fact]
    public async Task The_csv_download_holds_the_filtered_list()
    {
        var page = await browser.OpenAsync(new Uri(app.BaseAddress, "/deals?kind=JointVenture"));
        await Assertions.Expect(page.Locator("[data-testid=deal-link]")).ToHaveCountAsync(1);

        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("[data-testid=export-csv]").ClickAsync());
        var csv = await File.ReadAllTextAsync(await download.PathAsync(), TestContext.Current.CancellationToken);

        Assert.Contains("Stargate", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("Kakao", csv.Split("# Participants")[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_analyst_previews_a_csv_file_imports_it_and_finds_the_deal_in_the_list()
    {
        var page = await browser.OpenAsync(new Uri(app.BaseAddress, "/import"));
        const string file = "Name,Kind,Stage,Verification,Value qualifier,Value amount,Value currency,Rate to USD,Rate date,Rate source,Announced,Announced precision,Participants\r\n"
            + "Imported chip partnership,Supply,Signed,Confirmed,Exact,2000000,USD,,,,2025-03-01,Month,\"OpenAI (Customer); SoftBank (Investor)\"\r\n";

        await page.Locator("input[type=file]").SetInputFilesAsync(new FilePayload
        {
            Name = "deals.csv",
            MimeType = "text/csv",
            Buffer = Encoding.UTF8.GetBytes(file),
        });
        await Assertions.Expect(page.Locator("[data-testid=import-summary]")).ToContainTextAsync("1 deal, 0 errors");
        await page.Locator("[data-testid=import-commit]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=import-message]")).ToContainTextAsync("Imported");

        await page.GotoAsync(new Uri(app.BaseAddress, "/deals?q=Imported").ToString());
        await page.GetByRole(AriaRole.Link, new() { Name = "Imported chip partnership" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/deals/[0-9]+$"));
        await Assertions.Expect(page.Locator("[data-testid=participant]")).ToHaveCountAsync(2);
    }
}

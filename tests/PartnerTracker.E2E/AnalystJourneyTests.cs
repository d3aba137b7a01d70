using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PartnerTracker.Data.Seed;

namespace PartnerTracker.E2E;

/// <summary>
/// An analyst logs the OpenAI–Kakao partnership from the article into an empty database through the UI alone,
/// finds it by filtering, changes its stage, and a colleague editing the same deal at the same time is shown
/// the conflict instead of silently overwriting it.
/// </summary>
public sealed class AnalystJourneyTests(Browser browser) : IClassFixture<Browser>, IAsyncDisposable
{
    private const string DealName = "OpenAI–Kakao partnership";
    private readonly RunningApp app = new(seeded: false);

    public ValueTask DisposeAsync() => browser.CloseThenStopAsync(app);

    [Fact]
    public async Task Analyst_logs_the_OpenAI_Kakao_partnership_from_an_empty_database()
    {
        var page = await browser.OpenAsync(new Uri(app.BaseAddress, "/sources/new"));

        // The source article, with its text so quotes can be checked against it.
        await page.Locator("input[data-testid=source-title-input]").FillAsync(ArticleSeed.ArticleTitle);
        await page.Locator("input[data-testid=source-publisher-input]").FillAsync("Korea JoongAng Daily");
        await page.Locator("[data-testid=source-text-input]").FillAsync(ArticleSeed.ArticleText);
        await page.Locator("[data-testid=source-save]").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/sources/[0-9]+$"));

        // Kakao, then its products and its CEO.
        await GoAsync(page, "/companies/new");
        await page.Locator("input[data-testid=company-name-input]").FillAsync("Kakao");
        await page.Locator("[data-testid=company-save]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=company-name]")).ToHaveTextAsync("Kakao");
        await CreateProductAsync(page, "Kanana", "Kakao");
        await CreateProductAsync(page, "KakaoTalk", "Kakao");
        await CreatePersonAsync(page, "Chung Shin-a", "CEO", "Kakao");

        // The deal.
        await GoAsync(page, "/deals/new");
        await page.Locator("input[data-testid=deal-name-input]").FillAsync(DealName);
        await SelectAsync(page, "deal-kind", "Strategic partnership");
        await SelectAsync(page, "deal-stage", "Signed");
        await SelectAsync(page, "deal-verification", "Confirmed");
        await page.Locator("[data-testid=deal-announced] input").First.FillAsync("2025-02-04");
        await page.Locator("[data-testid=deal-announced] input").First.PressAsync("Enter");
        await page.Locator("[data-testid=deal-save]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=deal-name]")).ToHaveTextAsync(DealName);
        var dealUrl = page.Url;

        // OpenAI does not exist yet: it is created without leaving the participant dialog.
        await page.Locator("[data-testid=participant-add]").ClickAsync();
        await page.Locator("input[data-testid=participant-company]").FillAsync("OpenAI");
        await page.Locator("[data-testid=participant-create-company]").ClickAsync();
        await page.Locator("[data-testid=participant-company-save]").ClickAsync();
        await SelectAsync(page, "participant-role", "Technology partner");
        await page.Locator("[data-testid=participant-save]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=participant]")).ToHaveCountAsync(1);

        await page.Locator("[data-testid=participant-add]").ClickAsync();
        await PickAsync(page, "participant-company", "Kakao", "Kakao");
        await SelectAsync(page, "participant-role", "Customer");
        await page.Locator("[data-testid=participant-save]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=participant]")).ToHaveCountAsync(2);

        // Sam Altman now that OpenAI exists; then people and products onto the deal.
        await CreatePersonAsync(page, "Sam Altman", "CEO", "OpenAI");
        await GoAsync(page, dealUrl);
        await ConnectAsync(page, "connect-add-person", "connect-person", "Sam Altman", "Sam Altman");
        await ConnectAsync(page, "connect-add-person", "connect-person", "Chung", "Chung Shin-a");
        await ConnectAsync(page, "connect-add-product", "connect-product", "Kanana", "Kanana");
        await ConnectAsync(page, "connect-add-product", "connect-product", "KakaoTalk", "KakaoTalk");
        await Assertions.Expect(page.Locator("[data-testid=deal-person]")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator("[data-testid=deal-product]")).ToHaveCountAsync(2);

        // Two citations, each a sentence of the article.
        await CiteAsync(page, "The deal itself", "which formalized the two companies’ collaboration");
        await CiteAsync(page, "Kanana", "OpenAI’s advanced models will be integrated into the Korean platform’s upcoming AI agent app Kanana");
        await Assertions.Expect(page.Locator("[data-testid=quote]")).ToHaveCountAsync(2);

        // Found again by filtering the deals list.
        await GoAsync(page, "/deals");
        await page.Locator("input[data-testid=filter-text]").FillAsync("Kakao");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("q=Kakao"));
        await Assertions.Expect(page.Locator("[data-testid=deal-link]")).ToHaveCountAsync(1);
        await page.Locator("[data-testid=deal-link]").ClickAsync();

        // A stage change lands in the history.
        await page.Locator("[data-testid=deal-change-stage]").ClickAsync();
        await SelectAsync(page, "stage-new", "Active");
        await page.Locator("[data-testid=stage-save]").ClickAsync();
        await Assertions.Expect(page.GetByText("Signed → Active")).ToBeVisibleAsync();

        // Two people edit the same deal at once: the second save is refused with what changed.
        var theirs = await browser.OpenAsync(new Uri(dealUrl + "/edit"));
        await GoAsync(page, dealUrl + "/edit");
        await page.Locator("input[data-testid=deal-name-input]").FillAsync("OpenAI–Kakao strategic partnership");
        await page.Locator("[data-testid=deal-save]").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/deals/[0-9]+$"));

        await theirs.Locator("input[data-testid=deal-name-input]").FillAsync("OpenAI and Kakao partnership");
        await theirs.Locator("[data-testid=deal-save]").ClickAsync();
        var row = theirs.Locator("[data-testid=conflict-field]", new() { HasText = "Name" });
        await Assertions.Expect(row).ToContainTextAsync("OpenAI and Kakao partnership");
        await Assertions.Expect(row).ToContainTextAsync("OpenAI–Kakao strategic partnership");
    }

    private async Task GoAsync(IPage page, string path)
    {
        await page.GotoAsync(path.StartsWith("http", StringComparison.Ordinal) ? path : new Uri(app.BaseAddress, path).ToString());
        await page.Locator("[data-interactive=true]").WaitForAsync();
    }

    private async Task CreateProductAsync(IPage page, string name, string owner)
    {
        await GoAsync(page, "/products/new");
        await page.Locator("input[data-testid=product-name-input]").FillAsync(name);
        await PickAsync(page, "product-company", owner, owner);
        await page.Locator("[data-testid=product-save]").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/products/[0-9]+$"));
    }

    private async Task CreatePersonAsync(IPage page, string name, string title, string company)
    {
        await GoAsync(page, "/people/new");
        await page.Locator("input[data-testid=person-name-input]").FillAsync(name);
        await page.Locator("input[data-testid=person-title-input]").FillAsync(title);
        await PickAsync(page, "person-company", company, company);
        await page.Locator("[data-testid=person-save]").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/people/[0-9]+$"));
    }

    private static async Task ConnectAsync(IPage page, string button, string picker, string typed, string option)
    {
        await page.Locator($"[data-testid={button}]").ClickAsync();
        await PickAsync(page, picker, typed, option);
        await page.Locator("[data-testid=connect-save]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=connect-dialog]")).ToHaveCountAsync(0);
    }

    private static async Task CiteAsync(IPage page, string fact, string quote)
    {
        await page.Locator("[data-testid=deal-cite]").ClickAsync();
        await PickAsync(page, "citation-source", "JoongAng", ArticleSeed.ArticleTitle);
        await SelectAsync(page, "citation-subject", fact);
        await page.Locator("[data-testid=citation-quote]").FillAsync(quote);
        await page.Locator("[data-testid=citation-save]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=citation-dialog]")).ToHaveCountAsync(0);
    }

    /// <summary>Opens a MudSelect and clicks the option with that text.</summary>
    private static async Task SelectAsync(IPage page, string testId, string option)
    {
        await page.Locator($"[data-testid={testId}]").First.ClickAsync();
        await page.Locator(".mud-popover-open").GetByText(option, new() { Exact = false }).First.ClickAsync();

        // The next click must land on the form, not on the closing list (a loaded machine once lost a Save that way).
        await Assertions.Expect(page.Locator(".mud-popover-open")).ToHaveCountAsync(0);
    }

    /// <summary>Types into a MudAutocomplete and clicks the proposal containing <paramref name="option"/>.</summary>
    private static async Task PickAsync(IPage page, string testId, string typed, string option)
    {
        var input = page.Locator($"input[data-testid={testId}]");
        await input.ClickAsync();
        await input.FillAsync(typed);
        await page.Locator(".mud-popover-open").GetByText(option, new() { Exact = false }).First.ClickAsync();

        // The next click must land on the form, not on the closing list (a loaded machine once lost a Save that way).
        await Assertions.Expect(page.Locator(".mud-popover-open")).ToHaveCountAsync(0);
    }
}

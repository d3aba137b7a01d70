using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PartnerTracker.Application.Common;
using PartnerTracker.Application.Features.Companies;
using PartnerTracker.Application.Features.Deals;
using PartnerTracker.Web.Cli;

namespace PartnerTracker.E2E;

/// <summary>
/// Paging through lists of a generated database (300 deals, 60 companies) in Chromium: after every move — Next,
/// Previous, Last, First, a typed address, the browser's Back and Forward, a new page size — the pager's caption,
/// the rows (compared with the list's own query for that page) and the address agree.
/// </summary>
public sealed class ListPagingJourneyTests(Browser browser) : IClassFixture<Browser>, IAsyncLifetime
{
    private const int Deals = 300;
    private const int Companies = 60;

    private readonly string folder = Directory.CreateTempSubdirectory("pt-e2e-paging-").FullName;
    private RunningApp app = null!;

    public async ValueTask InitializeAsync()
    {
        browser.SkipWhenMissing();
        var generated = await GenerateCommand.RunAsync(
            ["--output", Path.Combine(folder, "partnertracker.db"), "--deals", $"{Deals}", "--companies", $"{Companies}"], TextWriter.Null, TextWriter.Null,
            TestContext.Current.CancellationToken);
        Assert.Equal(0, generated);
        app = new RunningApp(folder, seeded: false);
    }

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await browser.CloseThenStopAsync(app);
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task Every_move_through_the_deals_list_keeps_caption_rows_and_address_in_step()
    {
        var page = await browser.OpenAsync(new Uri(app.BaseAddress, "/deals"));
        var deals = new Pager(page, "deals-grid", "[data-testid=deal-link]", DealsPageAsync);

        await deals.ExpectAsync(0, 25, "1-25 of 300", "");
        await deals.ClickAsync("next");
        await deals.ExpectAsync(1, 25, "26-50 of 300", "page=2");
        await deals.ClickAsync("last");
        await deals.ExpectAsync(11, 25, "276-300 of 300", "page=12");
        await deals.ClickAsync("previous");
        await deals.ExpectAsync(10, 25, "251-275 of 300", "page=11");
        await deals.ClickAsync("first");
        await deals.ExpectAsync(0, 25, "1-25 of 300", "");

        await page.GotoAsync(new Uri(app.BaseAddress, "/deals?page=5").ToString());
        await page.Locator("[data-interactive=true]").WaitForAsync();
        await deals.ExpectAsync(4, 25, "101-125 of 300", "page=5");
        await deals.ClickAsync("next");
        await deals.ExpectAsync(5, 25, "126-150 of 300", "page=6");
        await page.GoBackAsync();
        await deals.ExpectAsync(4, 25, "101-125 of 300", "page=5");
        await page.GoForwardAsync();
        await deals.ExpectAsync(5, 25, "126-150 of 300", "page=6");

        // Rows 126-150 in pages of 50 are on the third page.
        await deals.ResizeAsync(50);
        await deals.ExpectAsync(2, 50, "101-150 of 300", "page=3&size=50");
        await page.GoBackAsync();
        await deals.ExpectAsync(5, 25, "126-150 of 300", "page=6");

        await page.GotoAsync(new Uri(app.BaseAddress, "/deals?page=400").ToString());
        await page.Locator("[data-interactive=true]").WaitForAsync();
        await deals.ExpectAsync(11, 25, "276-300 of 300", "page=12");
    }

    [Fact]
    public async Task Every_move_through_the_companies_list_keeps_caption_rows_and_address_in_step()
    {
        var page = await browser.OpenAsync(new Uri(app.BaseAddress, "/companies?page=2"));
        var companies = new Pager(page, "companies-grid", "[data-testid=companies-grid] tbody tr td:first-child", CompaniesPageAsync);

        await companies.ExpectAsync(1, 25, "26-50 of 60", "page=2");
        await companies.ClickAsync("next");
        await companies.ExpectAsync(2, 25, "51-60 of 60", "page=3");
        await companies.ClickAsync("first");
        await companies.ExpectAsync(0, 25, "1-25 of 60", "");
        await companies.ClickAsync("last");
        await companies.ExpectAsync(2, 25, "51-60 of 60", "page=3");
        await companies.ClickAsync("previous");
        await companies.ExpectAsync(1, 25, "26-50 of 60", "page=2");
        await page.GoBackAsync();
        await companies.ExpectAsync(2, 25, "51-60 of 60", "page=3");
        await companies.ResizeAsync(10);
        await companies.ExpectAsync(5, 10, "51-60 of 60", "page=6&size=10");
    }

    private async Task<IReadOnlyList<string>> DealsPageAsync(ListRequest request)
    {
        using var scope = app.Services.CreateScope();
        var page = await scope.ServiceProvider.GetRequiredService<DealsService>().GetPageAsync(DealFilter.None, request, TestContext.Current.CancellationToken);
        return page.Items.Select(d => d.Name).ToList();
    }

    private async Task<IReadOnlyList<string>> CompaniesPageAsync(ListRequest request)
    {
        using var scope = app.Services.CreateScope();
        var page = await scope.ServiceProvider.GetRequiredService<CompaniesService>().GetPageAsync(request, TestContext.Current.CancellationToken);
        return page.Items.Select(c => c.Name).ToList();
    }

    /// <summary>One list's pager in the browser, and what the list must show for a page.</summary>
    private sealed class Pager(IPage page, string grid, string rowNames, Func<ListRequest, Task<IReadOnlyList<string>>> rowsOf)
    {
        public Task ClickAsync(string button) => page.Locator($"button[data-testid={grid}-pager-{button}]").ClickAsync();

        public async Task ResizeAsync(int size)
        {
            await page.Locator($"[data-testid={grid}-pager-size]").First.ClickAsync();
            await page.Locator(".mud-popover-open .mud-list-item").GetByText($"{size}", new() { Exact = true }).ClickAsync();
            await Assertions.Expect(page.Locator(".mud-popover-open")).ToHaveCountAsync(0);
        }

        /// <param name="query">The address's query string past the path, "" for none.</param>
        public async Task ExpectAsync(int pageIndex, int size, string caption, string query)
        {
            var expected = await rowsOf(new ListRequest(pageIndex, size));
            await Assertions.Expect(page.Locator($"[data-testid={grid}-pager-caption]")).ToHaveTextAsync(caption);
            await Assertions.Expect(page.Locator(rowNames)).ToHaveTextAsync(expected.ToArray());

            // The address is written as the page arrives; give it the same patience as the page itself.
            for (var waited = 0; Sorted(query) != Sorted(new Uri(page.Url).Query.TrimStart('?')) && waited < 15_000; waited += 100)
            {
                await Task.Delay(100);
            }

            Assert.Equal(Sorted(query), Sorted(new Uri(page.Url).Query.TrimStart('?')));
        }

        private static string Sorted(string query) => string.Join("&", query.Split('&', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal));
    }
}

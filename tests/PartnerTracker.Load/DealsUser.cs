using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace PartnerTracker.Load;

/// <summary>
/// One circuit (one page) doing what a user does on the deals list, again and again until the deadline: type a
/// search, sort by a column, go to the next page, open a deal, go back, with a think time between. Each action is
/// timed from the user's action (the keystrokes, the click, Back) to its result in the browser's DOM: other rows in
/// the grid, the deal's name, the list again. Playwright's round trips (this tool → driver → Chromium) are included.
/// </summary>
public sealed partial class DealsUser(IPage page, Uri app, Random random, LatencyRecorder recorder)
{
    /// <summary>Each action's bound: longer is a timeout, not a slow sample.</summary>
    public static readonly TimeSpan ActionTimeout = TimeSpan.FromSeconds(30);

    public const int ThinkMinMilliseconds = 500;

    public const int ThinkMaxMilliseconds = 2000;

    /// <summary>
    /// Words of the synthetic data (deal kinds, Bogus's company names, its summaries' buzzwords): each matches at least
    /// 300 of 100,000 deals, so there is always a next page and a sort always changes the first page.
    /// </summary>
    private static readonly string[] SearchTerms =
        ["joint venture", "licensing", "supply", "research", "acquisition", "investment", "integration", "partnership",
         "Lind", "Grant", "Hansen", "Johnston", "Kuhn", "Schmidt", "Smith", "Miller", "Bode", "portals", "synergies", "markets"];

    private static readonly string[] SortColumns = ["Stage", "Announced", "Value (USD)"];

    // The grid's rows as one string (their links); a different string is other rows, and the grid must show rows. A search
    // must also show them in a new grid: the list makes one a filter, and under load the old grid may first reload
    // (page 1 of the new search, before it is replaced) and the new one say "No deal matches" until its first load
    // starts. Neither is the result yet; every search term matches hundreds of deals, so no rows is never the answer.
    private const string RowsChangedScript = """
        ([before, newGrid]) => {
            const grid = document.querySelector('[data-testid=deals-grid]');
            if (!grid || (newGrid && grid.__loadToolOldGrid)) return false;
            const rows = Array.from(grid.querySelectorAll('[data-testid=deal-link]'), a => a.getAttribute('href')).join(' ');
            return rows.length > 0 && rows !== before;
        }
        """;

    // An expando property, not an attribute: Blazor's diff leaves it alone, and a new grid element does not have it.
    private const string MarkGridScript = """
        () => { const grid = document.querySelector('[data-testid=deals-grid]'); if (grid) grid.__loadToolOldGrid = true; }
        """;

    private const string RowsScript = """
        () => Array.from(document.querySelectorAll('[data-testid=deals-grid] [data-testid=deal-link]'), a => a.getAttribute('href')).join(' ')
        """;

    private const string ListShownScript = """
        () => !document.querySelector('[data-testid=deal-name]')
            && document.querySelectorAll('[data-testid=deals-grid] [data-testid=deal-link]').length > 0
        """;

    private string? lastTerm;

    /// <summary>An action's reason to skip, when it has one: a user does not sort one row or page past the last.</summary>
    private string? skipReason;

    /// <summary>Rounds of the five actions until the deadline, a stop, or <paramref name="maxRounds"/>.</summary>
    public async Task RunAsync(DateTime deadline, CancellationToken stop, int maxRounds = int.MaxValue)
    {
        (string Name, Func<Task<bool>> Act)[] steps =
            [("search", SearchAsync), ("sort", SortAsync), ("next page", NextPageAsync), ("open deal", OpenDealAsync), ("back", BackAsync)];
        for (var round = 0; round < maxRounds && DateTime.UtcNow < deadline && !stop.IsCancellationRequested; round++)
        {
            foreach (var (name, act) in steps)
            {
                if (DateTime.UtcNow >= deadline || stop.IsCancellationRequested)
                {
                    return;
                }

                if (!await StepAsync(name, act))
                {
                    // After a failure the page is in an unknown state: start the round again from the list.
                    await RecoverAsync();
                    break;
                }

                await ThinkAsync(stop);
            }
        }
    }

    private async Task<bool> StepAsync(string name, Func<Task<bool>> act)
    {
        try
        {
            skipReason = null;
            var watch = Stopwatch.StartNew();
            if (await act())
            {
                recorder.Took(name, watch.Elapsed);
            }
            else
            {
                recorder.Skipped(name, skipReason ?? "nothing to do");
            }

            return true;
        }
        catch (TimeoutException e)
        {
            recorder.TimedOut(name, $"{await BlazorStateAsync()}: {FirstLine(e.Message)}");
        }
        catch (PlaywrightException e)
        {
            recorder.Failed(name, $"{await BlazorStateAsync()}: {FirstLine(e.Message)}");
        }

        return false;
    }

    // Typing a search: the box's 400 ms debounce is part of what the user waits for, so it is part of the time.
    private async Task<bool> SearchAsync()
    {
        var term = SearchTerms.Where(t => t != lastTerm).ElementAt(random.Next(SearchTerms.Length - (lastTerm is null ? 0 : 1)));
        lastTerm = term;
        var before = await RowsAsync();
        await page.EvaluateAsync(MarkGridScript).WaitAsync(ActionTimeout);
        await page.Locator("input[data-testid=filter-text]").FillAsync(term);
        await WaitForRowsOtherThanAsync(before, newGrid: true);
        return true;
    }

    private async Task<bool> SortAsync()
    {
        var (total, caption) = await TotalAsync();
        if (total < 2)
        {
skipReason = $"the pager said '{caption}'";
            return false;
        }

        var column = SortColumns[random.Next(SortColumns.Length)];
        var before = await RowsAsync();
        await page.Locator(".sortable-column-header").Filter(new LocatorFilterOptions { HasTextString = column }).First.ClickAsync();
        await WaitForRowsOtherThanAsync(before);
        return true;
    }

    private async Task<bool> NextPageAsync()
    {
        var next = page.Locator("[data-testid=deals-grid] button[aria-label='Next page']");
        if (await next.IsDisabledAsync())
        {
            skipReason = $"Next disabled, the pager said '{(await TotalAsync()).Caption}'";
            return false;
        }

        var before = await RowsAsync();
        await next.ClickAsync();
        await WaitForRowsOtherThanAsync(before);
        return true;
    }

    private async Task<bool> OpenDealAsync()
    {
        var links = page.Locator("[data-testid=deals-grid] [data-testid=deal-link]");
        var count = await links.CountAsync();
        if (count == 0)
        {
            skipReason = "no row to open";
            return false;
        }

        await links.Nth(random.Next(count)).ClickAsync();
        await page.Locator("[data-testid=deal-name]").WaitForAsync(new LocatorWaitForOptions { Timeout = (float)ActionTimeout.TotalMilliseconds });
        return true;
    }

    // The browser's Back: the circuit draws the list again at the address's search, sort and page.
    private async Task<bool> BackAsync()
    {
        await page.EvaluateAsync("() => history.back()").WaitAsync(ActionTimeout);
        await page.WaitForFunctionAsync(ListShownScript, null, new PageWaitForFunctionOptions { Timeout = (float)ActionTimeout.TotalMilliseconds });
        return true;
    }

    // Evaluate has no timeout of its own: a renderer that hangs must not hang the run.
    private Task<string> RowsAsync() => page.EvaluateAsync<string>(RowsScript).WaitAsync(ActionTimeout);

    private Task WaitForRowsOtherThanAsync(string before, bool newGrid = false) =>
        page.WaitForFunctionAsync(RowsChangedScript, new object[] { before, newGrid }, new PageWaitForFunctionOptions { Timeout = (float)ActionTimeout.TotalMilliseconds });

    /// <summary>How many deals the list has, from the pager's caption ("26-50 of 12,345").</summary>
    private async Task<(int Total, string Caption)> TotalAsync()
    {
        var caption = (await page.Locator("[data-testid=deals-grid-pager-caption]").TextContentAsync(new LocatorTextContentOptions { Timeout = 5_000 }) ?? "").Trim();
        return (Total().Match(caption) is { Success: true } match
            ? int.Parse(match.Groups[1].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture)
            : 0, caption);
    }

    private async Task RecoverAsync()
    {
        try
        {
            lastTerm = null;
            await Chromium.OpenSignedInAsync(page, app, "/deals", "[data-testid=deals-grid] [data-testid=deal-link]");
        }
        catch (Exception e) when (e is TimeoutException or PlaywrightException)
        {
            recorder.Failed("search", $"reloading /deals after a failure: {FirstLine(e.Message)}");
        }
    }

    private Task ThinkAsync(CancellationToken stop) =>
        Task.Delay(random.Next(ThinkMinMilliseconds, ThinkMaxMilliseconds + 1), stop).ContinueWith(_ => { }, TaskScheduler.Default);

    /// <summary>What the page showed when an action failed: Blazor's error bar, its reconnect dialog, or neither.</summary>
    private async Task<string> BlazorStateAsync()
    {
        try
        {
            return await page.EvaluateAsync<string>("""
                () => {
                    const visible = s => { const e = document.querySelector(s); return !!e && getComputedStyle(e).display !== 'none'; };
                    return visible('#blazor-error-ui') ? 'Blazor error bar shown'
                        : visible('#components-reconnect-modal') ? 'reconnect dialog shown' : 'page live';
                }
                """).WaitAsync(TimeSpan.FromSeconds(10));
        }
        catch (Exception e) when (e is PlaywrightException or TimeoutException)
        {
            return "page unresponsive";
        }
    }

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();

    [GeneratedRegex(@"of ([\d,]+)")]
    private static partial Regex Total();
}

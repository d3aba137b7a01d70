using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Playwright;
using PartnerTracker.Data.Seed;

namespace PartnerTracker.E2E;

/// <summary>
/// Two app instances on one database behind a real reverse proxy with cookie affinity, driven in Chromium through
/// the proxy's address alone: a user signs in and works over a circuit proxied to one instance, a save on one
/// instance shows on the other's dashboard at its next load, and when the user's instance stops the other carries
/// them on, still signed in, with what they saved.
/// </summary>
public sealed class LoadBalancerTests(Browser browser) : IClassFixture<Browser>, IAsyncLifetime
{
    private const string NewDealName = "Load-balanced partnership";

    // Far longer than any of these steps takes on a quiet machine: a busy shared one is slow, not broken.
    private const float Patience = 60_000;

    private readonly string folder = Directory.CreateTempSubdirectory("pt-e2e-lb-").FullName;
    private readonly Dictionary<string, RunningApp> instances = [];
    private readonly HashSet<string> stopped = [];
    private LoadBalancer proxy = null!;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        browser.SkipWhenMissing();
        // One after the other: the first migrates and seeds the shared file, the second finds it ready. A stop waits
        // at most 5 s for open connections: a circuit the browser re-opens while its instance stops would otherwise
        // hold the stop for Kestrel's whole 30 s before the browser gives up on it.
        foreach (var id in new[] { "first", "second" })
        {
            instances[id] = new RunningApp(folder, configure: host => host.ConfigureServices(
                services => services.Configure<HostOptions>(options => options.ShutdownTimeout = TimeSpan.FromSeconds(5))));
            _ = instances[id].BaseAddress;
        }

        proxy = await LoadBalancer.StartAsync(instances.ToDictionary(i => i.Key, i => i.Value.BaseAddress));
        await proxy.WaitUntilAllHealthyAsync(Cancellation);
    }

    public async ValueTask DisposeAsync()
    {
        // Pages first: a page left open keeps reconnecting and holds an instance's shutdown (Browser.CloseThenStopAsync).
        await browser.CloseContextsAsync();
        if (proxy is not null)
        {
            await proxy.DisposeAsync();
        }

        foreach (var (id, app) in instances.Where(i => !stopped.Contains(i.Key)))
        {
            await app.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task A_user_signs_in_through_the_proxy_and_works_over_a_circuit_proxied_to_one_instance()
    {
        var visitor = await Visitor.OpenAsync(browser);

        // Sent to sign in, the user stays on the proxy's address: the redirect was built from the browser's Host.
        await visitor.Page.GotoAsync(new Uri(proxy.Address, "/deals").ToString());
        await Assertions.Expect(visitor.Page).ToHaveURLAsync(new Uri(proxy.Address, "/account/login?ReturnUrl=%2Fdeals").ToString());
        await visitor.Page.Locator("[data-testid=login-user]").FillAsync(TestAccounts.Analyst);
        await visitor.Page.Locator("[data-testid=login-password]").FillAsync(TestAccounts.Password);
        await visitor.Page.Locator("[data-testid=login-submit]").ClickAsync();

        await visitor.Page.Locator("[data-interactive=true]").WaitForAsync();
        Assert.Equal(new Uri(proxy.Address, "/deals").ToString(), visitor.Page.Url);
        await Assertions.Expect(visitor.Page.Locator("[data-testid=signed-in-as]")).ToContainTextAsync(TestAccounts.Analyst);

        // The circuit runs over a WebSocket to the proxy (not a fallback transport: the server answers on it), and
        // the proxy pinned the visitor with its cookie.
        Assert.Contains(visitor.WebSockets, url => url.StartsWith($"ws://{proxy.Address.Authority}/_blazor", StringComparison.Ordinal));
        Assert.True(visitor.WebSocketFramesReceived > 0, "The circuit's WebSocket carried nothing from the server.");
        var cookies = await visitor.Page.Context.CookiesAsync([proxy.Address.ToString()]);
        Assert.Contains(cookies, c => c.Name == LoadBalancer.AffinityCookieName);

        // A click handled by the circuit (an interactive navigation, no page load) works through the proxy.
        await Assertions.Expect(visitor.Page.Locator("[data-testid=deal-link]")).ToHaveCountAsync(4);
        await visitor.Page.GetByRole(AriaRole.Link, new() { Name = ArticleSeed.StargateName, Exact = true }).ClickAsync();
        await Assertions.Expect(visitor.Page.Locator("[data-testid=deal-name]")).ToHaveTextAsync(ArticleSeed.StargateName);

        // Every page and the circuit's negotiation came from one instance: the affinity held from the first request.
        var pinned = visitor.PinnedTo;
        Assert.Contains(visitor.Served, s => s.Url.Contains("/_blazor/negotiate", StringComparison.Ordinal));
        Assert.All(visitor.Served, s => Assert.Equal(pinned, s.Destination));
        Assert.Contains(pinned, instances.Keys);
        Log($"Signed in through the proxy; pinned to '{pinned}' for {visitor.Served.Count} proxied responses.");
    }

    [Fact]
    public async Task A_deal_saved_on_one_instance_shows_on_the_other_instances_dashboard_at_its_next_load()
    {
        var analyst = await Visitor.SignInAsync(browser, proxy.Address, TestAccounts.Analyst);
        var colleague = await VisitorPinnedElsewhereAsync(analyst.PinnedTo);

        // The colleague's instance has shown the dashboard already, so it keeps these figures in its cache.
        await ExpectDealCountAsync(colleague.Page, "4");

        await analyst.Page.GotoAsync(new Uri(proxy.Address, "/deals/new").ToString());
        await analyst.Page.Locator("[data-interactive=true]").WaitForAsync();
        await analyst.Page.Locator("input[data-testid=deal-name-input]").FillAsync(NewDealName);
        await analyst.Page.Locator("[data-testid=deal-save]").ClickAsync();
        await Assertions.Expect(analyst.Page.Locator("[data-testid=deal-name]")).ToHaveTextAsync(NewDealName);
        var saved = Stopwatch.StartNew();
        Assert.All(analyst.Served, s => Assert.Equal(analyst.PinnedTo, s.Destination));

        // The colleague reloads as a user would until their instance shows it; the time is reported, not asserted.
        var loads = 0;
        string? shown;
        do
        {
            loads++;
            await colleague.Page.ReloadAsync();
            shown = await DealCountAsync(colleague.Page);
        }
        while (shown != "5" && saved.ElapsedMilliseconds < Patience);

        saved.Stop();
        await ExpectDealCountAsync(colleague.Page, "5");
        Assert.All(colleague.Served, s => Assert.Equal(colleague.PinnedTo, s.Destination));
        Log($"Saved on '{analyst.PinnedTo}'; '{colleague.PinnedTo}' showed it {saved.ElapsedMilliseconds} ms later, at load {loads} of its dashboard.");
    }

    [Fact]
    public async Task When_the_users_instance_stops_the_other_carries_them_on_signed_in_with_what_they_saved()
    {
        var analyst = await Visitor.SignInAsync(browser, proxy.Address, TestAccounts.Analyst, "/deals/new");
        await analyst.Page.Locator("input[data-testid=deal-name-input]").FillAsync(NewDealName);
        await analyst.Page.Locator("[data-testid=deal-save]").ClickAsync();
        await Assertions.Expect(analyst.Page.Locator("[data-testid=deal-name]")).ToHaveTextAsync(NewDealName);
        await analyst.Page.GotoAsync(proxy.Address.ToString());
        await ExpectDealCountAsync(analyst.Page, "5");
        var pinned = analyst.PinnedTo;

        // A mark in this page's memory: a reloaded page no longer has it.
        await analyst.Page.EvaluateAsync("() => window.loadedBeforeTheStop = true");
        var sinceTheStop = Stopwatch.StartNew();
        await instances[pinned].DisposeAsync();
        stopped.Add(pinned);
        var stopTook = sinceTheStop.ElapsedMilliseconds;

        // Blazor's reconnect reaches the other instance through the proxy, which does not know the circuit and
        // refuses it; Blazor then reloads the page, and the reload is redistributed to the live instance.
        await analyst.Page.WaitForFunctionAsync(
            "() => window.loadedBeforeTheStop === undefined && document.querySelector('[data-interactive=true]') !== null",
            null, new() { Timeout = Patience, PollingInterval = 200 });
        sinceTheStop.Stop();

        var other = instances.Keys.Single(id => id != pinned);
        Assert.Equal(other, analyst.PinnedTo);
        Assert.Equal(proxy.Address.ToString(), analyst.Page.Url);
        await Assertions.Expect(analyst.Page.Locator("[data-testid=signed-in-as]")).ToContainTextAsync(TestAccounts.Analyst);
        await ExpectDealCountAsync(analyst.Page, "5");

        // And the deal itself, over the new circuit.
        await analyst.Page.GotoAsync(new Uri(proxy.Address, "/deals").ToString());
        await Assertions.Expect(analyst.Page.GetByRole(AriaRole.Link, new() { Name = NewDealName, Exact = true })).ToBeVisibleAsync();
        Assert.Equal(other, analyst.PinnedTo);
        Log($"Stopped '{pinned}' in {stopTook} ms; the page was back on '{other}', signed in, {sinceTheStop.ElapsedMilliseconds} ms after the stop began.");
    }

    private static void Log(string line) => TestContext.Current.TestOutputHelper?.WriteLine(line);

    private static async Task<string?> DealCountAsync(IPage page)
    {
        await page.Locator("[data-interactive=true]").WaitForAsync();
        var count = page.Locator("[data-testid=dashboard] [data-testid=kpi-deals]");
        await count.WaitForAsync();
        return await count.TextContentAsync();
    }

    private static Task ExpectDealCountAsync(IPage page, string count) =>
        Assertions.Expect(page.Locator("[data-testid=dashboard] [data-testid=kpi-deals]")).ToHaveTextAsync(count, new() { Timeout = Patience });

    // A colleague (the viewer) on the other instance: new visitors go to the instances in turn, and the response
    // header says which one each got; a few tries cover visitors another test request took a turn from.
    private async Task<Visitor> VisitorPinnedElsewhereAsync(string pinnedTo)
    {
        for (var attempt = 0; attempt < 6; attempt++)
        {
            var colleague = await Visitor.SignInAsync(browser, proxy.Address, TestAccounts.Viewer);
            if (colleague.PinnedTo != pinnedTo)
            {
                return colleague;
            }
        }

        throw new InvalidOperationException($"Six new visitors were all pinned to '{pinnedTo}'.");
    }

    /// <summary>A browser context of its own (its own cookies), with every proxied response it received and the instance that served it.</summary>
    private sealed class Visitor
    {
        private readonly List<(string Url, string Type, string Destination)> served = [];
        private readonly List<string> webSockets = [];
        private int framesReceived;

        private Visitor(IPage page)
        {
            Page = page;
            page.Response += (_, response) =>
            {
                if (response.Headers.TryGetValue(LoadBalancer.ServedByHeader.ToLowerInvariant(), out var destination))
                {
                    lock (served)
                    {
                        served.Add((response.Url, response.Request.ResourceType, destination));
                    }
                }
            };
            page.WebSocket += (_, socket) =>
            {
                lock (webSockets)
                {
                    webSockets.Add(socket.Url);
                }

                socket.FrameReceived += (_, _) => Interlocked.Increment(ref framesReceived);
            };
        }

        public IPage Page { get; }

        /// <summary>Messages the server sent over the page's WebSockets: the circuit's render batches and replies.</summary>
        public int WebSocketFramesReceived => Volatile.Read(ref framesReceived);

        public IReadOnlyList<(string Url, string Type, string Destination)> Served
        {
            get
            {
                lock (served)
                {
                    return [.. served];
                }
            }
        }

        public IReadOnlyList<string> WebSockets
        {
            get
            {
                lock (webSockets)
                {
                    return [.. webSockets];
                }
            }
        }

        /// <summary>The instance that served the latest page (its document), as the proxy's header says.</summary>
        public string PinnedTo
        {
            get
            {
                lock (served)
                {
                    return served.Last(s => s.Type == "document").Destination;
                }
            }
        }

        public static async Task<Visitor> OpenAsync(Browser browser) => new(await browser.NewPageAsync());

        /// <summary>Signs in through the proxy's login page and waits for the circuit of the page it returns to.</summary>
        public static async Task<Visitor> SignInAsync(Browser browser, Uri proxy, string user, string path = "/")
        {
            var visitor = await OpenAsync(browser);
            await Browser.SignInAsync(visitor.Page, new Uri(proxy, path), user);
            await visitor.Page.Locator("[data-interactive=true]").WaitForAsync();
            return visitor;
        }
    }
}

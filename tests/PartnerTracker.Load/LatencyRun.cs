using System.Diagnostics;
using Microsoft.Playwright;

namespace PartnerTracker.Load;

/// <summary>
/// The latency mode: N circuits on /deals (pages of a few browser contexts, each context signed in once as its own
/// Viewer), all working the list at once for a bounded time; the heap and RSS at the start and end of that time, and
/// who used the CPU. See docs/capacity.md, "Latency under load".
/// </summary>
public static class LatencyRun
{
    /// <summary>Below this much available memory the run stops opening circuits, or stops working them: the machine is shared.</summary>
    public const long LowMemoryBytes = 4L * 1024 * 1024 * 1024;

    private const string ListReady = "[data-testid=deals-grid] [data-testid=deal-link]";

    /// <summary>How many circuits sign in and open at once: more only queues on the same 2 cores.</summary>
    private const int OpeningInParallel = 4;

    /// <summary>
    /// One account a browser context: the app limits new hub connections per user (Circuits:ConnectionsPerMinute, 60),
    /// so 200 circuits of one account would be refused, as 200 tabs of one person should be; 200 people are many accounts.
    /// </summary>
    public static IReadOnlyList<string> Users(LoadOptions options) =>
        [.. Enumerable.Range(1, Contexts(options)).Select(i => $"loadtest-{i}")];

    public static int Contexts(LoadOptions options) => (options.Circuits + options.PagesPerContext - 1) / options.PagesPerContext;

    public static async Task<int> RunAsync(string root, LoadOptions options, AppTarget app, string dumps, Action<string> say)
    {
        var atStart = MachineUsage.Read(app.Pid);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright, options.RendererLimit);
        var contexts = new List<IBrowserContext>();
        try
        {
            say($"Opening {options.Circuits} circuits on /deals: {Contexts(options)} browser contexts of up to {options.PagesPerContext} pages, renderer limit {options.RendererLimit} ...");
            var opening = Stopwatch.StartNew();
            var (pages, openFailures, stoppedForMemory) = await OpenAllAsync(browser, options, app.Address, contexts, say);
            opening.Stop();
            say($"{pages.Count} circuits open in {opening.Elapsed.TotalSeconds:F0} s ({openFailures.Count} failed){(stoppedForMemory ? ", stopped: low memory" : "")}.");
            if (pages.Count == 0)
            {
                Console.Error.WriteLine($"No circuit opened: {string.Join("; ", openFailures.Take(3))}");
                return 1;
            }

            // One round on one circuit first, not measured: the first search, sort and deal page pay for JIT and cold caches.
            await new DealsUser(pages[0], app.Address, new Random(options.Seed), new LatencyRecorder()).RunAsync(DateTime.UtcNow.AddMinutes(3), CancellationToken.None, maxRounds: 1);

            var heapAtStart = await HeapAsync(root, app, "start", Path.Combine(dumps, "0-start.gcdump"), say);
            var recorder = new LatencyRecorder();
            var (endedEarly, stillBusy, minimumAvailable, usageStart, usageEnd) = await WorkAsync(options, app, pages, recorder, say);
            var heapAtEnd = await HeapAsync(root, app, "end", Path.Combine(dumps, "1-end.gcdump"), say);

            var result = new LatencyResult(options, pages.Count, opening.Elapsed, openFailures, stoppedForMemory, recorder.Snapshot(), usageStart, usageEnd,
                atStart, MachineUsage.Read(app.Pid), minimumAvailable, endedEarly, stillBusy, heapAtStart, heapAtEnd,
                app.LogFile is { } log ? AppLog.WarningsAndAbove(log) : null, dumps);
            var markdown = LatencyReport.Write(result);
            var output = options.Output ?? Path.Combine(options.DataFolder, $"latency-{options.Circuits}.md");
            await File.WriteAllTextAsync(output, markdown);
            Console.WriteLine();
            Console.WriteLine(markdown);
            say($"Report written to {output}; dumps and app.log in {dumps}.");
            return 0;
        }
        finally
        {
            await CloseAllAsync(contexts);
        }
    }

    private static async Task<(List<IPage> Pages, List<string> Failures, bool StoppedForMemory)> OpenAllAsync(
        IBrowser browser, LoadOptions options, Uri app, List<IBrowserContext> contexts, Action<string> say)
    {
        var pages = new List<IPage>();
        var failures = new List<string>();
        var stoppedForMemory = false;
        var users = Users(options);
        using var gate = new SemaphoreSlim(OpeningInParallel);

        async Task OpenContextAsync(int index)
        {
            await gate.WaitAsync();
            try
            {
                var context = await browser.NewContextAsync();
                lock (contexts)
                {
                    contexts.Add(context);
                }

                var wanted = Math.Min(options.PagesPerContext, options.Circuits - (index * options.PagesPerContext));
                var signedIn = false;
                for (var i = 0; i < wanted && !Volatile.Read(ref stoppedForMemory); i++)
                {
                    if (MachineUsage.AvailableMemory() < LowMemoryBytes)
                    {
                        Volatile.Write(ref stoppedForMemory, true);
                        say($"Available memory under {Units.Mb(LowMemoryBytes)}: no more circuits.");
                        break;
                    }

                    var page = await context.NewPageAsync();
                    page.SetDefaultTimeout(60_000);
                    page.SetDefaultNavigationTimeout(60_000);
                    try
                    {
                        // Pages of one context share its cookies: the first signs in, the others open the list signed in.
                        if (signedIn)
                        {
                            await Chromium.OpenSignedInAsync(page, app, "/deals", ListReady);
                        }
                        else
                        {
                            await Chromium.SignInAsync(page, app, users[index], "/deals", ListReady);
                            signedIn = true;
                        }

                        lock (pages)
                        {
                            pages.Add(page);
                            if (pages.Count % 10 == 0)
                            {
                                say($"  {pages.Count} open; available memory {Units.Mb(MachineUsage.AvailableMemory())}; load {File.ReadAllText("/proc/loadavg").Trim()}");
                            }
                        }
                    }
                    catch (Exception e) when (e is TimeoutException or PlaywrightException or InvalidOperationException)
                    {
                        lock (pages)
                        {
                            failures.Add($"{users[index]} page {i + 1}: {e.Message.Split('\n')[0]}");
                        }

                        await page.CloseAsync();
                    }
                }
            }
            finally
            {
                gate.Release();
            }
        }

        await Task.WhenAll(Enumerable.Range(0, Contexts(options)).Select(OpenContextAsync));
        return (pages, failures, stoppedForMemory);
    }

    private static async Task<(bool EndedEarly, int StillBusy, long MinimumAvailable, MachineUsage Start, MachineUsage End)> WorkAsync(
        LoadOptions options, AppTarget app, List<IPage> pages, LatencyRecorder recorder, Action<string> say)
    {
        using var stop = new CancellationTokenSource();
        var duration = TimeSpan.FromSeconds(options.LatencySeconds);
        say($"{pages.Count} circuits working the deals list for {duration.TotalSeconds:F0} s ...");
        var start = MachineUsage.Read(app.Pid);
        var deadline = DateTime.UtcNow + duration;
        var users = pages.Select((page, i) => StaggeredAsync(new DealsUser(page, app.Address, new Random(options.Seed + 1 + i), recorder), i)).ToList();

        async Task StaggeredAsync(DealsUser user, int index)
        {
            // Spread over one think time, so that 200 circuits do not all type their first search in the same millisecond.
            await Task.Delay(new Random(options.Seed + 100_000 + index).Next(DealsUser.ThinkMaxMilliseconds), stop.Token).ContinueWith(_ => { }, TaskScheduler.Default);
            await user.RunAsync(deadline, stop.Token);
        }

        var minimumAvailable = long.MaxValue;
        var endedEarly = false;
        var all = Task.WhenAll(users);
        var lastSaid = DateTime.UtcNow;
        while (!all.IsCompleted && DateTime.UtcNow < deadline + (DealsUser.ActionTimeout * 3))
        {
            await Task.WhenAny(all, Task.Delay(TimeSpan.FromSeconds(5)));
            var available = MachineUsage.AvailableMemory();
            minimumAvailable = Math.Min(minimumAvailable, available);
            if (available < LowMemoryBytes && !endedEarly)
            {
                endedEarly = true;
                say($"Available memory {Units.Mb(available)}, under {Units.Mb(LowMemoryBytes)}: stopping the run.");
                await stop.CancelAsync();
            }

            if (DateTime.UtcNow - lastSaid >= TimeSpan.FromSeconds(30))
            {
                lastSaid = DateTime.UtcNow;
                var done = recorder.Snapshot().Values;
                say($"  {done.Sum(r => r.Milliseconds.Count)} actions, {done.Sum(r => r.Timeouts)} timeouts, {done.Sum(r => r.Errors)} errors; "
                    + $"available memory {Units.Mb(available)}; load {File.ReadAllText("/proc/loadavg").Trim()}");
            }
        }

        var end = MachineUsage.Read(app.Pid);
        var stillBusy = users.Count(u => !u.IsCompleted);
        if (stillBusy > 0)
        {
            say($"{stillBusy} circuits still busy {DealsUser.ActionTimeout.TotalSeconds * 3:F0} s past the deadline; reported as such.");
            await stop.CancelAsync();
        }

        return (endedEarly, stillBusy, minimumAvailable, start, end);
    }

    private static async Task<HeapSnapshot?> HeapAsync(string root, AppTarget app, string label, string file, Action<string> say)
    {
        if (app.Pid is not { } pid)
        {
            return null;
        }

        var snapshot = await HeapSnapshot.TakeAsync(root, pid, label, file);
        say($"Heap at the {label}: {Units.Mb(snapshot.HeapBytes)}, RSS {Units.Mb(snapshot.ResidentBytes)}.");
        return snapshot;
    }

    // Leaving each page sends Blazor's disconnect beacon, so an app the tool did not start is not left holding
    // 200 disconnected circuits for its retention period; bounded, as everything here.
    private static async Task CloseAllAsync(List<IBrowserContext> contexts)
    {
        var leaving = contexts.SelectMany(c => c.Pages).Select(async page =>
        {
            try
            {
                await page.GotoAsync("about:blank", new PageGotoOptions { Timeout = 30_000 });
            }
            catch (Exception e) when (e is TimeoutException or PlaywrightException)
            {
                // A page that cannot leave is closed with its context below.
            }
        });
        await Task.WhenAll(leaving).WaitAsync(TimeSpan.FromSeconds(60)).ContinueWith(_ => { }, TaskScheduler.Default);
        foreach (var context in contexts)
        {
            await context.CloseAsync();
        }
    }
}

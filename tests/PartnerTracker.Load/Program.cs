using System.Globalization;
using System.Text;
using Microsoft.Playwright;
using PartnerTracker.Load;

// Measures the managed heap each open Blazor circuit costs: the real app in Release on a synthetic database, a real
// Chromium (one browser context = one circuit), dotnet-gcdump after a full GC. See docs/benchmarks.md, "Circuit memory".
// `--compare BEFORE.gcdump AFTER.gcdump [N]`: the top types by growth between two dumps already taken (N circuits).
if (args is ["--compare", var before, var after, .. var rest])
{
    var n = rest is [var count] ? int.Parse(count, CultureInfo.InvariantCulture) : 1;
    var here = FindRoot();
    var a = await HeapSnapshot.TakeReportAsync(here, before);
    var b = await HeapSnapshot.TakeReportAsync(here, after);
    Console.WriteLine(Growth(a, b, n));
    return 0;
}

var options = LoadOptions.Parse(args, Console.Error);
if (options is null)
{
    return 2;
}

var root = FindRoot();
Directory.CreateDirectory(options.DataFolder);
var database = Path.Combine(options.DataFolder, "partnertracker.db");
const string User = "loadtest";

// A password for a throwaway account in a synthetic database on loopback, read by the `users` verb from stdin.
const string Password = "load-test-password-1";
var stamp = DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
var dumps = Path.Combine(options.DataFolder, $"dumps-{options.PageSlug}-{stamp}");
Directory.CreateDirectory(dumps);

void Say(string message) => Console.WriteLine($"[{DateTime.Now:HH:mm:ss}] {message}");

// The app as a server runs it: its Release publish output, in the Production environment. The verbs run from it too.
var publish = Path.Combine(options.DataFolder, "publish");
Say($"Publishing src/PartnerTracker.Web (Release) to {publish} ...");
var published = await ProcessRunner.RunAsync(root, ["publish", "src/PartnerTracker.Web", "-c", "Release", "-o", publish], TimeSpan.FromMinutes(15));
if (published.ExitCode != 0)
{
    Console.Error.WriteLine($"publish failed ({published.ExitCode}):\n{published.Output}{published.Error}");
    return 1;
}

var appDll = Path.Combine(publish, "PartnerTracker.Web.dll");

if (File.Exists(database))
{
    Say($"Reusing {database} (delete it to generate again).");
}
else
{
    Say($"Generating {options.Deals:N0} deals and {options.Deals / 10:N0} companies into {database} ...");
    var generate = await ProcessRunner.RunAsync(root,
        [appDll, "generate", "--output", database,
         "--deals", Invariant(options.Deals), "--companies", Invariant(Math.Max(2, options.Deals / 10))],
        TimeSpan.FromMinutes(30));
    if (generate.ExitCode != 0)
    {
        File.Delete(database);
        Console.Error.WriteLine($"generate failed ({generate.ExitCode}):\n{generate.Output}{generate.Error}");
        return 1;
    }

    Say(generate.Output.Trim().Split('\n')[^1]);
}

var list = await ProcessRunner.RunAsync(publish,
    [appDll, "users", "list", "--Database:DataFolder", options.DataFolder, "--Database:SeedArticle", "false"],
    TimeSpan.FromMinutes(10));
if (!list.Output.Split('\n').Any(line => line.Split(' ', '\t').Contains(User)))
{
    var add = await ProcessRunner.RunAsync(publish,
        [appDll, "users", "add", User, "--role", "Viewer", "--Database:DataFolder", options.DataFolder, "--Database:SeedArticle", "false"],
        TimeSpan.FromMinutes(10), input: Password);
    if (add.ExitCode != 0)
    {
        Console.Error.WriteLine($"users add failed ({add.ExitCode}):\n{add.Output}{add.Error}");
        return 1;
    }

    Say($"Created the Viewer account '{User}'.");
}

Say("Starting the app ...");
await using var app = await AppUnderTest.StartAsync(publish, options.DataFolder, Path.Combine(dumps, "app.log"), TimeSpan.FromMinutes(10));
Say($"App at {app.Address}, process {app.AppPid}.");

using var playwright = await Playwright.CreateAsync();
await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
{
    // As tests/PartnerTracker.E2E/Browser.cs: Debian's Chromium, never a downloaded browser, no network chatter.
    ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
    Headless = true,
    Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    Timeout = 60_000,
});

var pageUrl = new Uri(app.Address, options.Page);

async Task<(IBrowserContext Context, IPage Page)> OpenCircuitAsync()
{
    var context = await browser.NewContextAsync();
    var page = await context.NewPageAsync();
    page.SetDefaultTimeout(60_000);
    page.SetDefaultNavigationTimeout(60_000);
    var login = new Uri(app.Address, $"/account/login?ReturnUrl={Uri.EscapeDataString(options.Page)}");
    await page.GotoAsync(login.ToString());
    await page.Locator("[data-testid=login-user]").FillAsync(User);
    await page.Locator("[data-testid=login-password]").FillAsync(Password);
    await page.Locator("[data-testid=login-submit]").ClickAsync();
    await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == pageUrl.AbsolutePath);
    await page.Locator("[data-interactive=true]").WaitForAsync();
    await page.Locator(options.ReadySelector).First.WaitForAsync();
    return (context, page);
}

// Leaving the page sends Blazor's disconnect beacon (the circuit is disposed at once, as when a user closes a tab);
// closing a context without it would leave each circuit to DisconnectedCircuitRetentionPeriod (3 minutes).
static async Task CloseCircuitAsync((IBrowserContext Context, IPage Page) circuit)
{
    try
    {
        await circuit.Page.GotoAsync("about:blank", new PageGotoOptions { Timeout = 30_000 });
    }
    finally
    {
        await circuit.Context.CloseAsync();
    }
}

Say($"Warm-up circuit on {options.Page} ...");
var started = DateTime.UtcNow;
await CloseCircuitAsync(await OpenCircuitAsync());
Say($"Warm-up took {(DateTime.UtcNow - started).TotalSeconds:F1} s.");
await Task.Delay(TimeSpan.FromSeconds(10));

var baseline = await HeapSnapshot.TakeAsync(root, app.AppPid, "baseline", Path.Combine(dumps, "0-baseline.gcdump"));
Say($"Baseline: heap {Mb(baseline.HeapBytes)}, RSS {Mb(baseline.ResidentBytes)}.");

var circuits = new List<(IBrowserContext Context, IPage Page)>();
try
{
    for (var i = 0; i < options.Circuits; i++)
    {
        circuits.Add(await OpenCircuitAsync());
    }

    Say($"{circuits.Count} circuits open on {options.Page}.");
    await Task.Delay(TimeSpan.FromSeconds(5));
    var open = await HeapSnapshot.TakeAsync(root, app.AppPid, "open", Path.Combine(dumps, "1-open.gcdump"));
    Say($"With {circuits.Count} circuits: heap {Mb(open.HeapBytes)}, RSS {Mb(open.ResidentBytes)}.");

    foreach (var circuit in circuits)
    {
        await CloseCircuitAsync(circuit);
    }

    circuits.Clear();
    await Task.Delay(TimeSpan.FromSeconds(10));
    var closed = await HeapSnapshot.TakeAsync(root, app.AppPid, "closed", Path.Combine(dumps, "2-closed.gcdump"));
    Say($"10 s after closing: heap {Mb(closed.HeapBytes)}, RSS {Mb(closed.ResidentBytes)}.");

    HeapSnapshot? retained = null;
    if (options.RetentionWaitSeconds > 0)
    {
        Say($"Waiting {options.RetentionWaitSeconds} s (past DisconnectedCircuitRetentionPeriod, 3 min by default) ...");
        await Task.Delay(TimeSpan.FromSeconds(options.RetentionWaitSeconds));
        retained = await HeapSnapshot.TakeAsync(root, app.AppPid, "retained", Path.Combine(dumps, "3-after-retention.gcdump"));
        Say($"{options.RetentionWaitSeconds} s after closing: heap {Mb(retained.HeapBytes)}, RSS {Mb(retained.ResidentBytes)}.");
    }

    var markdown = Report(options, baseline, open, closed, retained, dumps);
    var output = options.Output ?? Path.Combine(options.DataFolder, $"circuits-{options.PageSlug}-{options.Circuits}.md");
    await File.WriteAllTextAsync(output, markdown);
    Console.WriteLine();
    Console.WriteLine(markdown);
    Say($"Report written to {output}; dumps in {dumps}.");
    return 0;
}
finally
{
    foreach (var circuit in circuits)
    {
        await circuit.Context.CloseAsync();
    }
}

static string Report(LoadOptions options, HeapSnapshot baseline, HeapSnapshot open, HeapSnapshot closed, HeapSnapshot? retained, string dumps)
{
    var n = options.Circuits;
    var text = new StringBuilder();
    text.AppendLine(CultureInfo.InvariantCulture, $"### `{options.Page}`, {n} circuits, {options.Deals:N0} deals");
    text.AppendLine();
    text.AppendLine("| page | circuits | baseline heap | heap with circuits | per circuit | after close (10 s) | after retention wait | RSS baseline → with | RSS per circuit |");
    text.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    text.AppendLine(CultureInfo.InvariantCulture,
        $"| `{options.Page}` | {n} | {Mb(baseline.HeapBytes)} | {Mb(open.HeapBytes)} | {Kb((open.HeapBytes - baseline.HeapBytes) / n)} | {Mb(closed.HeapBytes)} | "
        + $"{(retained is null ? "not measured" : $"{Mb(retained.HeapBytes)} ({options.RetentionWaitSeconds} s)")} | "
        + $"{Mb(baseline.ResidentBytes)} → {Mb(open.ResidentBytes)} | {Kb((open.ResidentBytes - baseline.ResidentBytes) / n)} |");
    text.AppendLine();
    text.AppendLine(CultureInfo.InvariantCulture, $"Objects on the heap: {baseline.HeapObjects:N0} at baseline, {open.HeapObjects:N0} with the circuits ({(open.HeapObjects - baseline.HeapObjects) / (double)n:N0} per circuit), {closed.HeapObjects:N0} after close.");
    text.AppendLine();
    text.AppendLine("Top 10 types by growth from baseline to the open circuits (bytes and objects per circuit):");
    text.AppendLine();
    text.Append(Growth(baseline, open, n));
    text.AppendLine();
    text.AppendLine(CultureInfo.InvariantCulture, $"Dumps: `{dumps}` (open them with `dotnet tool run dotnet-gcdump report FILE`, or in Visual Studio / PerfView).");
    return text.ToString();
}

static string Growth(HeapSnapshot baseline, HeapSnapshot open, int n)
{
    var text = new StringBuilder();
    text.AppendLine("| type | growth | per circuit | objects per circuit |");
    text.AppendLine("| --- | ---: | ---: | ---: |");
    var growth = open.Types
        .Select(t => (Type: t.Key, Bytes: t.Value.Bytes - baseline.Types.GetValueOrDefault(t.Key).Bytes, Count: t.Value.Count - baseline.Types.GetValueOrDefault(t.Key).Count))
        .OrderByDescending(t => t.Bytes)
        .Take(10);
    foreach (var (type, bytes, count) in growth)
    {
        text.AppendLine(CultureInfo.InvariantCulture, $"| `{type.Replace("|", "\\|", StringComparison.Ordinal)}` | {Kb(bytes)} | {Kb(bytes / n)} | {count / (double)n:N0} |");
    }

    return text.ToString();
}

static string Mb(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0 / 1024.0:N1} MB");

static string Kb(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:N0} KB");

static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);

static string FindRoot()
{
    foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PartnerTracker.sln")))
            {
                return dir.FullName;
            }
        }
    }

    throw new InvalidOperationException("Run from inside the repository: PartnerTracker.sln not found above the current folder.");
}

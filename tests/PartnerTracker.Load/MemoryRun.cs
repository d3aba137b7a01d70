using System.Globalization;
using System.Text;
using Microsoft.Playwright;

namespace PartnerTracker.Load;

/// <summary>
/// The memory mode: the managed heap each open circuit costs. A warm-up circuit, a baseline dump, N browser contexts
/// (one circuit each) on one page, a dump, close them, a dump, and optionally one past the retention period.
/// See docs/capacity.md.
/// </summary>
public static class MemoryRun
{
    public const string User = "loadtest";

    public static async Task<int> RunAsync(string root, LoadOptions options, AppTarget app, string dumps, Action<string> say)
    {
        var pid = app.Pid ?? throw new InvalidOperationException("The memory mode needs the app's process.");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);

        async Task<(IBrowserContext Context, IPage Page)> OpenCircuitAsync()
        {
            var context = await browser.NewContextAsync();
            var page = await context.NewPageAsync();
            page.SetDefaultTimeout(60_000);
            page.SetDefaultNavigationTimeout(60_000);
            await Chromium.SignInAsync(page, app.Address, User, options.Page, options.ReadySelector);
            return (context, page);
        }

        say($"Warm-up circuit on {options.Page} ...");
        var started = DateTime.UtcNow;
        await CloseCircuitAsync(await OpenCircuitAsync());
        say($"Warm-up took {(DateTime.UtcNow - started).TotalSeconds:F1} s.");
        await Task.Delay(TimeSpan.FromSeconds(10));

        var baseline = await HeapSnapshot.TakeAsync(root, pid, "baseline", Path.Combine(dumps, "0-baseline.gcdump"));
        say($"Baseline: heap {Units.Mb(baseline.HeapBytes)}, RSS {Units.Mb(baseline.ResidentBytes)}.");

        var circuits = new List<(IBrowserContext Context, IPage Page)>();
        try
        {
            for (var i = 0; i < options.Circuits; i++)
            {
                circuits.Add(await OpenCircuitAsync());
            }

            say($"{circuits.Count} circuits open on {options.Page}.");
            await Task.Delay(TimeSpan.FromSeconds(5));
            var open = await HeapSnapshot.TakeAsync(root, pid, "open", Path.Combine(dumps, "1-open.gcdump"));
            say($"With {circuits.Count} circuits: heap {Units.Mb(open.HeapBytes)}, RSS {Units.Mb(open.ResidentBytes)}.");

            foreach (var circuit in circuits)
            {
                await CloseCircuitAsync(circuit);
            }

            circuits.Clear();
            await Task.Delay(TimeSpan.FromSeconds(10));
            var closed = await HeapSnapshot.TakeAsync(root, pid, "closed", Path.Combine(dumps, "2-closed.gcdump"));
            say($"10 s after closing: heap {Units.Mb(closed.HeapBytes)}, RSS {Units.Mb(closed.ResidentBytes)}.");

            HeapSnapshot? retained = null;
            if (options.RetentionWaitSeconds > 0)
            {
                say($"Waiting {options.RetentionWaitSeconds} s (past DisconnectedCircuitRetentionPeriod, 3 min by default) ...");
                await Task.Delay(TimeSpan.FromSeconds(options.RetentionWaitSeconds));
                retained = await HeapSnapshot.TakeAsync(root, pid, "retained", Path.Combine(dumps, "3-after-retention.gcdump"));
                say($"{options.RetentionWaitSeconds} s after closing: heap {Units.Mb(retained.HeapBytes)}, RSS {Units.Mb(retained.ResidentBytes)}.");
            }

            var markdown = Report(options, baseline, open, closed, retained, dumps);
            var output = options.Output ?? Path.Combine(options.DataFolder, $"circuits-{options.PageSlug}-{options.Circuits}.md");
            await File.WriteAllTextAsync(output, markdown);
            Console.WriteLine();
            Console.WriteLine(markdown);
            say($"Report written to {output}; dumps in {dumps}.");
            return 0;
        }
        finally
        {
            foreach (var circuit in circuits)
            {
                await circuit.Context.CloseAsync();
            }
        }
    }

    /// <summary>The top types by growth between two dumps, per circuit.</summary>
    public static string Growth(HeapSnapshot baseline, HeapSnapshot open, int n)
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
            text.AppendLine(CultureInfo.InvariantCulture, $"| `{type.Replace("|", "\\|", StringComparison.Ordinal)}` | {Units.Kb(bytes)} | {Units.Kb(bytes / n)} | {count / (double)n:N0} |");
        }

        return text.ToString();
    }

    // Leaving the page sends Blazor's disconnect beacon (the circuit is disposed at once, as when a user closes a tab);
    // closing a context without it would leave each circuit to DisconnectedCircuitRetentionPeriod (3 minutes).
    private static async Task CloseCircuitAsync((IBrowserContext Context, IPage Page) circuit)
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

    private static string Report(LoadOptions options, HeapSnapshot baseline, HeapSnapshot open, HeapSnapshot closed, HeapSnapshot? retained, string dumps)
    {
        var n = options.Circuits;
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"### `{options.Page}`, {n} circuits, {options.Deals:N0} deals");
        text.AppendLine();
        text.AppendLine("| page | circuits | baseline heap | heap with circuits | per circuit | after close (10 s) | after retention wait | RSS baseline → with | RSS per circuit |");
        text.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        text.AppendLine(CultureInfo.InvariantCulture,
            $"| `{options.Page}` | {n} | {Units.Mb(baseline.HeapBytes)} | {Units.Mb(open.HeapBytes)} | {Units.Kb((open.HeapBytes - baseline.HeapBytes) / n)} | {Units.Mb(closed.HeapBytes)} | "
            + $"{(retained is null ? "not measured" : $"{Units.Mb(retained.HeapBytes)} ({options.RetentionWaitSeconds} s)")} | "
            + $"{Units.Mb(baseline.ResidentBytes)} → {Units.Mb(open.ResidentBytes)} | {Units.Kb((open.ResidentBytes - baseline.ResidentBytes) / n)} |");
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
}

/// <summary>Sizes as the reports print them.</summary>
public static class Units
{
    public static string Mb(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0 / 1024.0:N1} MB");

    public static string Kb(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:N0} KB");
}

using System.Globalization;
using System.Text;

namespace PartnerTracker.Load;

/// <summary>What one latency run measured, for <see cref="LatencyReport"/>.</summary>
public sealed record LatencyResult(
    LoadOptions Options,
    int Opened,
    TimeSpan OpeningTime,
    IReadOnlyList<string> OpenFailures,
    bool OpeningStoppedForMemory,
    IReadOnlyDictionary<string, LatencyRecorder.ActionRecord> Actions,
    MachineUsage WorkStart,
    MachineUsage WorkEnd,
    MachineUsage RunStart,
    MachineUsage RunEnd,
    long MinimumAvailableBytes,
    bool EndedEarlyForMemory,
    int StillBusy,
    HeapSnapshot? HeapAtStart,
    HeapSnapshot? HeapAtEnd,
    IReadOnlyList<AppLog.Entry>? Warnings,
    string Dumps);

/// <summary>The latency mode's Markdown report: times per action, errors, memory over the run, who used the CPU, the app's warnings.</summary>
public static class LatencyReport
{
    public static string Write(LatencyResult r)
    {
        var o = r.Options;
        var text = new StringBuilder();
        Line(text, $"### Latency: {r.Opened} circuits on `/deals`, {o.Deals:N0} deals, {o.LatencySeconds} s");
        Line(text, "");
        var target = o.Url is null ? "the tool's own app (Release publish, Production, loopback)" : $"the app at {o.Url}";
        Line(text, $"Target: {target}. Circuits: {r.Opened} of {o.Circuits} opened in {r.OpeningTime.TotalSeconds:F0} s "
            + $"({LatencyRun.Contexts(o)} browser contexts of up to {o.PagesPerContext} pages, one Viewer account each, Chromium "
            + $"`--renderer-process-limit={o.RendererLimit}`){(r.OpenFailures.Count > 0 ? $"; {r.OpenFailures.Count} failed to open" : "")}"
            + $"{(r.OpeningStoppedForMemory ? "; opening stopped: available memory under 4 GiB" : "")}. Think time "
            + $"{DealsUser.ThinkMinMilliseconds}-{DealsUser.ThinkMaxMilliseconds} ms (seed {o.Seed}); each action times out after {DealsUser.ActionTimeout.TotalSeconds:F0} s.");
        Line(text, "");
        Line(text, $"Load average (1, 5, 15 min) at the start: `{r.RunStart.LoadAverage}`; at the end: `{r.RunEnd.LoadAverage}`. "
            + $"Available memory: {Units.Mb(r.RunStart.AvailableBytes)} at the start, {Units.Mb(r.MinimumAvailableBytes)} at its lowest while working.");
        if (r.EndedEarlyForMemory || r.StillBusy > 0)
        {
            Line(text, "");
            Line(text, $"**Not a full run:** {(r.EndedEarlyForMemory ? "stopped early, available memory under 4 GiB. " : "")}"
                + $"{(r.StillBusy > 0 ? $"{r.StillBusy} circuits were still in an action {DealsUser.ActionTimeout.TotalSeconds * 3:F0} s past the end." : "")}");
        }

        Line(text, "");
        Actions(text, r);
        Line(text, "");
        Memory(text, r);
        Line(text, "");
        Cpu(text, r);
        Line(text, "");
        Warnings(text, r.Warnings);
        Failures(text, r.Actions);
        Line(text, "");
        Line(text, $"Dumps and app.log: `{r.Dumps}`.");
        return text.ToString();
    }

    private static void Actions(StringBuilder text, LatencyResult r)
    {
        var seconds = Math.Max(0.001, (r.WorkEnd.At - r.WorkStart.At).TotalSeconds);
        Line(text, "| action | count | p50 | p95 | p99 | max | timeouts | errors | skipped |");
        Line(text, "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        var all = new LatencyRecorder.ActionRecord();
        foreach (var action in LatencyRecorder.Actions)
        {
            var record = r.Actions[action];
            all.Milliseconds.AddRange(record.Milliseconds);
            all.Timeouts += record.Timeouts;
            all.Errors += record.Errors;
            all.Skipped += record.Skipped;
            Row(text, action == "search" ? "search (incl. 400 ms debounce)" : action, record);
        }

        Row(text, "**all actions**", all);
        Line(text, "");
        Line(text, $"{all.Milliseconds.Count:N0} actions in {seconds:F0} s: {all.Milliseconds.Count / seconds:F1} a second. Times in ms, from the user's "
            + "action (the search typed, the header or Next clicked, the deal link clicked, the browser's Back) to its result in the "
            + "DOM (other rows in the grid, the deal's name, the list's rows); the search's 400 ms debounce is included, nothing "
            + "subtracted. Playwright's round trips (tool → driver → Chromium) are included too.");
    }

    private static void Row(StringBuilder text, string name, LatencyRecorder.ActionRecord record)
    {
        var sorted = record.Milliseconds.Order().ToList();
        string At(double fraction) => sorted.Count == 0 ? "–" : Ms(LatencyRecorder.Percentile(sorted, fraction));
        Line(text, $"| {name} | {sorted.Count:N0} | {At(0.50)} | {At(0.95)} | {At(0.99)} | {(sorted.Count == 0 ? "–" : Ms(sorted[^1]))} | "
            + $"{record.Timeouts} | {record.Errors} | {record.Skipped} |");
    }

    private static void Memory(StringBuilder text, LatencyResult r)
    {
        if (r.HeapAtStart is not { } start || r.HeapAtEnd is not { } end)
        {
            Line(text, "Heap and RSS: not measured (an app given by `--url` without `--pid`).");
            return;
        }

        Line(text, "| app process | start of the run | end of the run | growth |");
        Line(text, "| --- | ---: | ---: | ---: |");
        Line(text, $"| managed heap (gcdump, after a full GC) | {Units.Mb(start.HeapBytes)} | {Units.Mb(end.HeapBytes)} | {Growth(start.HeapBytes, end.HeapBytes)} |");
        Line(text, $"| RSS | {Units.Mb(start.ResidentBytes)} | {Units.Mb(end.ResidentBytes)} | {Growth(start.ResidentBytes, end.ResidentBytes)} |");
        Line(text, "");
        Line(text, "Both readings with every circuit open: the start after they had opened (one unmeasured warm-up round done), the end "
            + "once they had stopped working.");
    }

    private static void Cpu(StringBuilder text, LatencyResult r)
    {
        var (cores, machine) = r.WorkEnd.Since(r.WorkStart);
        var ours = cores.Values.Sum();
        Line(text, $"CPU while working ({Environment.ProcessorCount} cores; cores used on average, from /proc):");
        Line(text, "");
        Line(text, "| process | cores | share of the machine's busy time |");
        Line(text, "| --- | ---: | ---: |");
        foreach (var (group, used) in cores.Where(c => c.Value > 0 || c.Key is "app" or "chromium"))
        {
            Line(text, $"| {group} | {used:F2} | {Share(used, machine)} |");
        }

        Line(text, $"| rest of the machine (other users) | {Math.Max(0, machine - ours):F2} | {Share(Math.Max(0, machine - ours), machine)} |");
        Line(text, $"| **machine, busy** | {machine:F2} of {Environment.ProcessorCount} | 100% |");
    }

    private static void Warnings(StringBuilder text, IReadOnlyList<AppLog.Entry>? warnings)
    {
        if (warnings is null)
        {
            Line(text, "App log: not available (an app the tool did not start).");
            return;
        }

        var levels = string.Join(", ", warnings.GroupBy(w => w.Level).Select(g => $"{g.Sum(w => w.Count)} {g.Key}"));
        Line(text, $"App log, Warning and above: {(warnings.Count == 0 ? "none" : levels)}.");
        if (warnings.Count > 0)
        {
            Line(text, "");
            Line(text, "| level | category | first line of the message | times |");
            Line(text, "| --- | --- | --- | ---: |");
            foreach (var entry in warnings.Take(15))
            {
                Line(text, $"| {entry.Level} | `{Cell(entry.Category)}` | {Cell(entry.Message)} | {entry.Count} |");
            }
        }
    }

    private static void Failures(StringBuilder text, IReadOnlyDictionary<string, LatencyRecorder.ActionRecord> actions)
    {
        var details = actions.SelectMany(a => a.Value.Details.Select(d => (Action: a.Key, Detail: d.Key, Count: d.Value))).OrderByDescending(d => d.Count).Take(10).ToList();
        if (details.Count == 0)
        {
            return;
        }

        Line(text, "");
        Line(text, "Timeouts and errors (what the page showed, Playwright's first line) and skipped actions (why), most frequent first:");
        Line(text, "");
        foreach (var (action, detail, count) in details)
        {
            Line(text, $"- {action} ×{count}: {Cell(detail)}");
        }
    }

    private static string Growth(long start, long end) =>
        start <= 0 ? "–" : string.Create(CultureInfo.InvariantCulture, $"{(end - start) * 100.0 / start:+0.0;-0.0;0.0}%");

    private static string Share(double part, double whole) =>
        whole <= 0 ? "–" : string.Create(CultureInfo.InvariantCulture, $"{part * 100 / whole:F0}%");

    private static string Ms(double milliseconds) => milliseconds.ToString("N0", CultureInfo.InvariantCulture);

    private static string Cell(string value) => value.Replace("|", "\\|", StringComparison.Ordinal).Replace("`", "'", StringComparison.Ordinal);

    private static void Line(StringBuilder text, string line) => text.Append(line).Append('\n');
}

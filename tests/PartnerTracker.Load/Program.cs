using System.Globalization;
using PartnerTracker.Load;

// Measures Blazor circuits under a real Chromium against the real app (Release, a synthetic database):
// the memory mode (managed heap per open circuit, docs/capacity.md) and, with --latency S,
// the latency mode (p50/p95/p99 of what users do on the deals list, "Latency under load").
// `--compare BEFORE.gcdump AFTER.gcdump [N]`: the top types by growth between two dumps already taken (N circuits).
if (args is ["--compare", var before, var after, .. var rest])
{
    var n = rest is [var count] ? int.Parse(count, CultureInfo.InvariantCulture) : 1;
    var here = FindRoot();
    var a = await HeapSnapshot.TakeReportAsync(here, before);
    var b = await HeapSnapshot.TakeReportAsync(here, after);
    Console.WriteLine(MemoryRun.Growth(a, b, n));
    return 0;
}

// Reports and messages read the same on every machine: 12,345.6, not 12.345,6.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

var options = LoadOptions.Parse(args, Console.Error);
if (options is null)
{
    return 2;
}

var root = FindRoot();
Directory.CreateDirectory(options.DataFolder);
var stamp = DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
var dumps = Path.Combine(options.DataFolder, options.IsLatency ? $"latency-{options.Circuits}-{stamp}" : $"dumps-{options.PageSlug}-{stamp}");
void Say(string message) => Console.WriteLine($"[{DateTime.Now:HH:mm:ss}] {message}");

IReadOnlyList<string> users = options.IsLatency ? LatencyRun.Users(options) : [MemoryRun.User];
AppTarget app;
try
{
    app = await AppTarget.OpenAsync(root, options, users, Path.Combine(dumps, "app.log"), Say);
}
catch (LoadSetupException e)
{
    // A setup that cannot go on (an unreachable --url, a failed publish) is one message, not a stack trace.
    Console.Error.WriteLine(e.Message);
    return e.ExitCode;
}

Directory.CreateDirectory(dumps);
await using (app)
{
    return options.IsLatency
        ? await LatencyRun.RunAsync(root, options, app, dumps, Say)
        : await MemoryRun.RunAsync(root, options, app, dumps, Say);
}

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

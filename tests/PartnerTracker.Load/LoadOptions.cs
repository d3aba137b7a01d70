using System.Globalization;

namespace PartnerTracker.Load;

/// <summary>
/// The command line: the memory mode (`--deals N --circuits N --page / | /deals --data DIR [--retention-wait S] [--out FILE]`)
/// or, with `--latency S`, the latency mode; either against an app it starts itself or, with `--url`, one already running.
/// </summary>
public sealed record LoadOptions(int Deals, int Circuits, string Page, string DataFolder, int RetentionWaitSeconds, string? Output)
{
    public const string Usage = """
        Usage: dotnet run -c Release --project tests/PartnerTracker.Load -- [options]
          --deals N            synthetic deals in the database (default 100000; companies = N/10)
          --circuits N         Blazor circuits held open at once (default 20, at most 200)
          --page / | /deals    page each circuit opens in the memory mode (default /)
          --data DIR           folder of the database, reused when it exists (default /tmp/partnertracker-load/<N>-deals)
          --retention-wait S   memory mode: after closing, also measure once S seconds have passed, past Blazor's
                               DisconnectedCircuitRetentionPeriod (default 200; 0 skips it)
          --out FILE           Markdown report (default DIR/circuits-<page>-<N>.md or DIR/latency-<N>.md)
          --latency S          latency mode: each circuit signs in and works the deals list for S seconds (search,
                               sort, next page, open a deal, back) with a think time; p50/p95/p99 per action
          --pages-per-context N  latency mode: pages (circuits) sharing one browser context and sign-in (default 10)
          --renderer-limit N   latency mode: Chromium's --renderer-process-limit (default 16)
          --seed N             latency mode: seed of the think times and choices (default 1)
          --url URL            target an app already running there: no publish, no database, no account created;
                               the accounts must exist (see docs/capacity.md, "Latency under load")
          --pid PID            with --url: the app's process on this machine, for gcdump and RSS
        Exit codes: 0 done, 1 failed, 2 bad options, 3 the app could not be reached.
        """;

    public static readonly IReadOnlyDictionary<string, string> ReadySelectors = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        // The dashboard's figures have been read and drawn; the deals list shows its first page of rows.
        ["/"] = "[data-testid=dashboard]",
        ["/deals"] = "[data-testid=deal-link]",
    };

    /// <summary>Seconds the latency mode runs; 0 is the memory mode.</summary>
    public int LatencySeconds { get; init; }

    public int PagesPerContext { get; init; } = 10;

    public int RendererLimit { get; init; } = 16;

    public int Seed { get; init; } = 1;

    /// <summary>An app already running; null: publish and start one.</summary>
    public Uri? Url { get; init; }

    public int? Pid { get; init; }

    public bool IsLatency => LatencySeconds > 0;

    public string ReadySelector => ReadySelectors[Page];

    public string PageSlug => Page == "/" ? "dashboard" : Page.Trim('/').Replace('/', '-');

    public static LoadOptions? Parse(IReadOnlyList<string> args, TextWriter error)
    {
        int deals = 100_000, circuits = 20, retention = 200, latency = 0, pagesPerContext = 10, rendererLimit = 16, seed = 1, pid = 0;
        string page = "/";
        string? data = null, output = null;
        Uri? url = null;
        for (var i = 0; i < args.Count; i += 2)
        {
            var value = i + 1 < args.Count ? args[i + 1] : null;
            if (value is null)
            {
                error.WriteLine($"{args[i]} needs a value.\n{Usage}");
                return null;
            }

            var ok = args[i] switch
            {
                "--deals" => TryCount(value, 20, 1_000_000, out deals),
                "--circuits" => TryCount(value, 1, 200, out circuits),
                "--retention-wait" => TryCount(value, 0, 3600, out retention),
                "--page" => ReadySelectors.ContainsKey(page = value),
                "--data" => (data = value).Length > 0,
                "--out" => (output = value).Length > 0,
                "--latency" => TryCount(value, 1, 24 * 3600, out latency),
                "--pages-per-context" => TryCount(value, 1, 200, out pagesPerContext),
                "--renderer-limit" => TryCount(value, 1, 200, out rendererLimit),
                "--seed" => TryCount(value, 0, int.MaxValue, out seed),
                "--url" => TryHttpUrl(value, out url),
                "--pid" => TryCount(value, 1, int.MaxValue, out pid),
                _ => false,
            };
            if (!ok)
            {
                error.WriteLine($"'{args[i]} {value}' is not an option, or its value is out of range.\n{Usage}");
                return null;
            }
        }

        // The memory mode is nothing but gcdumps: against an app it did not start it needs that app's process.
        if (url is not null && latency == 0 && pid == 0)
        {
            error.WriteLine($"The memory mode with --url needs --pid (the app's process, for gcdump).\n{Usage}");
            return null;
        }

        if (pid != 0 && url is null)
        {
            error.WriteLine($"--pid goes with --url: an app the tool starts is measured through its own process.\n{Usage}");
            return null;
        }

        data ??= Path.Combine(Path.GetTempPath(), "partnertracker-load", $"{deals}-deals");
        return new LoadOptions(deals, circuits, latency > 0 ? "/deals" : page, Path.GetFullPath(data), retention, output)
        {
            LatencySeconds = latency,
            PagesPerContext = pagesPerContext,
            RendererLimit = rendererLimit,
            Seed = seed,
            Url = url,
            Pid = pid == 0 ? null : pid,
        };
    }

    private static bool TryCount(string text, int min, int max, out int value) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= min && value <= max;

    private static bool TryHttpUrl(string text, out Uri? url) =>
        Uri.TryCreate(text, UriKind.Absolute, out url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps);
}

using System.Globalization;

namespace PartnerTracker.Load;

/// <summary>The command line: `--deals N --circuits N --page / | /deals --data DIR [--retention-wait S] [--out FILE]`.</summary>
public sealed record LoadOptions(int Deals, int Circuits, string Page, string DataFolder, int RetentionWaitSeconds, string? Output)
{
    public const string Usage = """
        Usage: dotnet run -c Release --project tests/PartnerTracker.Load -- [options]
          --deals N            synthetic deals in the database (default 100000; companies = N/10)
          --circuits N         browser contexts (= Blazor circuits) held open at once (default 20, at most 200)
          --page / | /deals    page each circuit opens (default /)
          --data DIR           folder of the database, reused when it exists (default /tmp/partnertracker-load/<N>-deals)
          --retention-wait S   after closing, also measure once S seconds have passed, past Blazor's
                               DisconnectedCircuitRetentionPeriod (default 200; 0 skips it)
          --out FILE           Markdown report (default DIR/circuits-<page>-<N>.md)
        """;

    public static readonly IReadOnlyDictionary<string, string> ReadySelectors = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        // The dashboard's figures have been read and drawn; the deals list shows its first page of rows.
        ["/"] = "[data-testid=dashboard]",
        ["/deals"] = "[data-testid=deal-link]",
    };

    public string ReadySelector => ReadySelectors[Page];

    public string PageSlug => Page == "/" ? "dashboard" : Page.Trim('/').Replace('/', '-');

    public static LoadOptions? Parse(IReadOnlyList<string> args, TextWriter error)
    {
        int deals = 100_000, circuits = 20, retention = 200;
        string page = "/";
        string? data = null, output = null;
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
                _ => false,
            };
            if (!ok)
            {
                error.WriteLine($"'{args[i]} {value}' is not an option, or its value is out of range.\n{Usage}");
                return null;
            }
        }

        data ??= Path.Combine(Path.GetTempPath(), "partnertracker-load", $"{deals}-deals");
        return new LoadOptions(deals, circuits, page, Path.GetFullPath(data), retention, output);
    }

    private static bool TryCount(string text, int min, int max, out int value) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= min && value <= max;
}

using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace PartnerTracker.Load;

/// <summary>
/// The app a run measures: either the tool's own (Release publish, synthetic database, Viewer accounts, started on
/// loopback by <see cref="AppUnderTest"/>) or, with `--url`, one already running, checked to answer /health first.
/// </summary>
public sealed class AppTarget : IAsyncDisposable
{
    /// <summary>A password for throwaway accounts in a synthetic database on loopback, read by the `users` verb from stdin.</summary>
    public const string Password = "load-test-password-1";

    /// <summary>How long an app given by `--url` has to answer /health before the run gives up.</summary>
    public static readonly TimeSpan ReachTimeout = TimeSpan.FromSeconds(30);

    private readonly AppUnderTest? owned;

    private AppTarget(Uri address, int? pid, string? logFile, AppUnderTest? owned)
    {
        Address = address;
        Pid = pid;
        LogFile = logFile;
        this.owned = owned;
    }

    public Uri Address { get; }

    /// <summary>The app's process on this machine, for gcdump and RSS; null when not known.</summary>
    public int? Pid { get; }

    /// <summary>The app's console output; null for an app the tool did not start.</summary>
    public string? LogFile { get; }

    public static async Task<AppTarget> OpenAsync(string root, LoadOptions options, IReadOnlyList<string> users, string logFile, Action<string> say)
    {
        if (options.Url is { } url)
        {
            say($"Target: the app already running at {url} (nothing published, generated or created).");
            await CheckReachableAsync(url);
            return new AppTarget(url, options.Pid, null, null);
        }

        var publish = await PrepareAsync(root, options, users, say);
        say("Starting the app ...");
        Directory.CreateDirectory(Path.GetDirectoryName(logFile)!);
        var app = await AppUnderTest.StartAsync(publish, options.DataFolder, logFile, TimeSpan.FromMinutes(10));
        say($"App at {app.Address}, process {app.AppPid}.");
        return new AppTarget(app.Address, app.AppPid, logFile, app);
    }

    public async ValueTask DisposeAsync()
    {
        if (owned is not null)
        {
            await owned.DisposeAsync();
        }
    }

    /// <summary>
    /// One clear sentence instead of a stack trace when nothing answers: a refused connection or a slow answer is
    /// retried until <see cref="ReachTimeout"/> (the app may still be starting); a name that does not resolve is not.
    /// </summary>
    private static async Task CheckReachableAsync(Uri url)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var health = new Uri(url, "/health");
        var deadline = DateTime.UtcNow + ReachTimeout;
        string reason;
        do
        {
            try
            {
                using var response = await http.GetAsync(health);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }

                reason = $"{health} answered {(int)response.StatusCode} {response.StatusCode}";
            }
            catch (HttpRequestException e) when (e.InnerException is SocketException { SocketErrorCode: SocketError.HostNotFound or SocketError.NoData or SocketError.TryAgain })
            {
                throw new LoadSetupException(Unreachable(url, $"the host name '{url.Host}' does not resolve"), 3);
            }
            catch (HttpRequestException e)
            {
                reason = e.InnerException is SocketException { SocketErrorCode: SocketError.ConnectionRefused }
                    ? $"the connection to {url.Authority} was refused (nothing listens on that port)"
                    : $"{health} failed: {e.Message}";
            }
            catch (TaskCanceledException)
            {
                reason = $"{health} did not answer within {http.Timeout.TotalSeconds:F0} s";
            }

            await Task.Delay(TimeSpan.FromSeconds(1));
        }
        while (DateTime.UtcNow < deadline);

        throw new LoadSetupException(Unreachable(url, $"{reason}, still after {ReachTimeout.TotalSeconds:F0} s"), 3);
    }

    private static string Unreachable(string url, string reason) =>
        $"Cannot reach the app at {url}: {reason}. Check that the app is running and listens on exactly that scheme, host and "
        + $"port (curl {url.TrimEnd('/')}/health should answer 200), and that no proxy or firewall is in the way.";

    private static string Unreachable(Uri url, string reason) => Unreachable(url.ToString(), reason);

    /// <summary>Publishes the app, generates the database unless it exists and creates the missing accounts; the publish folder.</summary>
    private static async Task<string> PrepareAsync(string root, LoadOptions options, IReadOnlyList<string> users, Action<string> say)
    {
        Directory.CreateDirectory(options.DataFolder);
        var database = Path.Combine(options.DataFolder, "partnertracker.db");

        // The app as a server runs it: its Release publish output, in the Production environment. The verbs run from it too.
        var publish = Path.Combine(options.DataFolder, "publish");
        say($"Publishing src/PartnerTracker.Web (Release) to {publish} ...");
        var published = await ProcessRunner.RunAsync(root, ["publish", "src/PartnerTracker.Web", "-c", "Release", "-o", publish], TimeSpan.FromMinutes(15));
        if (published.ExitCode != 0)
        {
            throw new LoadSetupException($"publish failed ({published.ExitCode}):\n{published.Output}{published.Error}", 1);
        }

        var appDll = Path.Combine(publish, "PartnerTracker.Web.dll");
        if (File.Exists(database))
        {
            say($"Reusing {database} (delete it to generate again).");
        }
        else
        {
            say($"Generating {options.Deals:N0} deals and {options.Deals / 10:N0} companies into {database} ...");
            var generate = await ProcessRunner.RunAsync(root,
                [appDll, "generate", "--output", database,
                 "--deals", Invariant(options.Deals), "--companies", Invariant(Math.Max(2, options.Deals / 10))],
                TimeSpan.FromMinutes(30));
            if (generate.ExitCode != 0)
            {
                File.Delete(database);
                throw new LoadSetupException($"generate failed ({generate.ExitCode}):\n{generate.Output}{generate.Error}", 1);
            }

            say(generate.Output.Trim().Split('\n')[^1]);
        }

        string[] settings = ["--Database:DataFolder", options.DataFolder, "--Database:SeedArticle", "false"];
        var list = await ProcessRunner.RunAsync(publish, [appDll, "users", "list", .. settings], TimeSpan.FromMinutes(10));
        var existing = list.Output.Split('\n').Select(line => line.Split(' ', '\t')[0].Trim()).ToHashSet(StringComparer.Ordinal);
        foreach (var user in users.Where(u => !existing.Contains(u)))
        {
            var add = await ProcessRunner.RunAsync(publish, [appDll, "users", "add", user, "--role", "Viewer", .. settings], TimeSpan.FromMinutes(10), input: Password);
            if (add.ExitCode != 0)
            {
                throw new LoadSetupException($"users add {user} failed ({add.ExitCode}):\n{add.Output}{add.Error}", 1);
            }

            say($"Created the Viewer account '{user}'.");
        }

        return publish;
    }

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}

/// <summary>A run that cannot start, with the exit code it ends with; printed as its message alone.</summary>
public sealed class LoadSetupException(string message, int exitCode) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}

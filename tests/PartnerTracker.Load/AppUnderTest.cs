using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace PartnerTracker.Load;

/// <summary>
/// The real app in its own process, from its Release publish output (`dotnet PartnerTracker.Web.dll`, Production
/// environment, as a server runs it), listening on a free loopback port, on the given data folder.
/// Not `dotnet run --no-launch-profile`: outside Development the build output serves no static web assets
/// (blazor.web.js, MudBlazor's files answer 500), so no circuit would ever start.
/// </summary>
public sealed class AppUnderTest : IAsyncDisposable
{
    private readonly Process runner;
    private readonly StreamWriter log;

    private AppUnderTest(Process runner, StreamWriter log, Uri address, int appPid)
    {
        this.runner = runner;
        this.log = log;
        Address = address;
        AppPid = appPid;
    }

    public Uri Address { get; }

    public int AppPid { get; }

    public static async Task<AppUnderTest> StartAsync(string publishFolder, string dataFolder, string logFile, TimeSpan timeout)
    {
        var port = FreePort();
        var address = new Uri($"http://127.0.0.1:{port}");
        var info = new ProcessStartInfo("dotnet")
        {
            // The content root is the working folder: appsettings.json and wwwroot of the publish output.
            WorkingDirectory = publishFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
                 {
                     Path.Combine(publishFolder, "PartnerTracker.Web.dll"),
                     "--urls", address.ToString().TrimEnd('/'), "--Database:DataFolder", dataFolder, "--Database:SeedArticle", "false",
                 })
        {
            info.ArgumentList.Add(argument);
        }

        var log = new StreamWriter(logFile, append: false) { AutoFlush = true };
        var runner = Process.Start(info) ?? throw new InvalidOperationException("Could not start the app.");
        runner.OutputDataReceived += (_, e) => Write(log, e.Data);
        runner.ErrorDataReceived += (_, e) => Write(log, e.Data);
        runner.BeginOutputReadLine();
        runner.BeginErrorReadLine();

        // Ctrl+C or SIGTERM on this program still stops the app: ProcessExit runs on those signals too.
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                if (!runner.HasExited)
                {
                    runner.Kill(entireProcessTree: true);
                }
            }
            catch (InvalidOperationException)
            {
            }
        };

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (runner.HasExited)
            {
                throw new InvalidOperationException($"The app exited with {runner.ExitCode} before answering; see {logFile}.");
            }

            try
            {
                using var response = await http.GetAsync(new Uri(address, "/health"));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return new AppUnderTest(runner, log, address, runner.Id);
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(1000);
        }

        runner.Kill(entireProcessTree: true);
        throw new TimeoutException($"The app did not answer /health within {timeout}; see {logFile}.");
    }

    public async ValueTask DisposeAsync()
    {
        if (!runner.HasExited)
        {
            runner.Kill(entireProcessTree: true);
            using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            try
            {
                await runner.WaitForExitAsync(limit.Token);
            }
            catch (OperationCanceledException)
            {
                Console.Error.WriteLine($"The app ({runner.Id}) did not exit within 30 s of being killed.");
            }
        }

        runner.Dispose();
        await log.DisposeAsync();
    }

    private static void Write(StreamWriter log, string? line)
    {
        if (line is not null)
        {
            lock (log)
            {
                log.WriteLine(line);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

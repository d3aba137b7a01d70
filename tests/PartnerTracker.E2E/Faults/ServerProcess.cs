using System.Diagnostics;
using System.Runtime.InteropServices;

namespace PartnerTracker.E2E.Faults;

/// <summary>
/// The app's own executable serving HTTP in a process of its own, on SQLite in a data folder, so that a test can
/// kill it outright: SIGKILL, with no shutdown, no disposal, no finally block.
/// Every line it writes is kept; a test waits for the line that says the app reached a point.
/// </summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private const int SigStop = 19; // Linux


    // Not a timing the test checks: only a bound on a wait that would otherwise hang a broken run forever.
    private static readonly TimeSpan LongestWait = TimeSpan.FromMinutes(3);

    private readonly Process process;
    private readonly List<string> lines = [];
    private readonly List<(int From, Func<string, bool> Match, TaskCompletionSource<string> Seen)> waiting = [];

    private ServerProcess(Process process) => this.process = process;

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>How many lines the app has written so far: a mark to wait for lines after.</summary>
    public int LineCount
    {
        get
        {
            lock (lines)
            {
                return lines.Count;
            }
        }
    }

    public int ExitCode => process.ExitCode;

    /// <summary>The lines written since <paramref name="mark"/> (a <see cref="LineCount"/> taken earlier).</summary>
    public IReadOnlyList<string> LinesSince(int mark)
    {
        lock (lines)
        {
            return lines.Skip(mark).ToList();
        }
    }

    /// <param name="settings">More environment settings (`Section__Key`), after the defaults.</param>
    public static async Task<ServerProcess> StartAsync(string dataFolder, IReadOnlyDictionary<string, string>? settings = null)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "PartnerTracker.Web.dll")])
        {
            // The folder holding the app's appsettings.json, as its own folder is when an operator starts it.
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        // Development: this is the build output, not a published app, and only in Development does the app serve
        // the build's static web assets (blazor.web.js, MudBlazor's script) that a circuit needs.
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        start.Environment["Database__Provider"] = "Sqlite";
        start.Environment["Database__DataFolder"] = dataFolder;
        foreach (var (name, value) in settings ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        var server = new ServerProcess(new Process { StartInfo = start, EnableRaisingEvents = true });
        server.process.OutputDataReceived += (_, e) => server.Add(e.Data);
        server.process.ErrorDataReceived += (_, e) => server.Add(e.Data);
        server.process.Exited += (_, _) => server.FailWaits();
        server.process.Start();
        server.process.BeginOutputReadLine();
        server.process.BeginErrorReadLine();

        const string listening = "Now listening on: ";
        var line = await server.WaitForLineAsync(0, l => l.Contains(listening, StringComparison.Ordinal));
        server.BaseAddress = new Uri(line[(line.IndexOf(listening, StringComparison.Ordinal) + listening.Length)..].Trim());
        return server;
    }

    /// <summary>The first line after <paramref name="from"/> that matches; fails if the app exits first.</summary>
    public async Task<string> WaitForLineAsync(int from, Func<string, bool> match)
    {
        var seen = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (lines)
        {
            var found = lines.Skip(from).FirstOrDefault(match);
            if (found is not null)
            {
                return found;
            }

            if (process.HasExited)
            {
                throw Exited();
            }

            waiting.Add((from, match, seen));
        }

        return await seen.Task.WaitAsync(LongestWait, TestContext.Current.CancellationToken);
    }

    /// <summary>
    /// SIGSTOP: the process stops wherever it is, holding whatever it holds (locks, an open transaction), until it
    /// is killed. Returns once every thread of it is stopped, so what the test sees next is a still picture.
    /// </summary>
    public async Task FreezeAsync()
    {
        if (Signal(process.Id, SigStop) != 0)
        {
            throw new InvalidOperationException($"SIGSTOP failed: errno {Marshal.GetLastPInvokeError()}.");
        }

        // Stopping is asynchronous; /proc says "T" for each thread once it has stopped.
        while (!Directory.EnumerateDirectories($"/proc/{process.Id}/task").All(task => ThreadState(task) == 'T'))
        {
            await Task.Delay(10, TestContext.Current.CancellationToken);
        }
    }

    /// <summary>SIGKILL (what .NET's Process.Kill sends on Linux), then waits for the process to be gone.</summary>
    public async Task KillAsync()
    {
        process.Kill();
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            await KillAsync();
        }

        process.Dispose();
    }

    private void Add(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (lines)
        {
            lines.Add(line);
            foreach (var wait in waiting.Where(w => lines.Count > w.From && w.Match(line)).ToList())
            {
                waiting.Remove(wait);
                wait.Seen.TrySetResult(line);
            }
        }
    }

    private void FailWaits()
    {
        lock (lines)
        {
            foreach (var wait in waiting)
            {
                wait.Seen.TrySetException(Exited());
            }

            waiting.Clear();
        }
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Signal(int pid, int signal);

    /// <summary>The state letter of /proc/PID/task/TID/stat, after the command name in parentheses.</summary>
    private static char ThreadState(string task)
    {
        try
        {
            var stat = File.ReadAllText(Path.Combine(task, "stat"));
            return stat[stat.LastIndexOf(')') + 2];
        }
        catch (IOException)
        {
            return 'T'; // the thread ended while the list was read: it runs no more either
        }
    }

    private InvalidOperationException Exited() =>
        new($"The app exited before the line the test waits for. Its output:\n{string.Join('\n', lines.TakeLast(40))}");
}

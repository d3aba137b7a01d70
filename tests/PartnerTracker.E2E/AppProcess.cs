using System.Diagnostics;

namespace PartnerTracker.E2E;

/// <summary>The app's own executable, run as an operator runs it: arguments, environment, standard input.</summary>
public static class AppProcess
{
    public sealed record Outcome(int ExitCode, string Output, string Error);

    /// <summary>Runs the app built beside this test assembly and waits (at most a minute) for it to exit.</summary>
    public static async Task<Outcome> RunAsync(IEnumerable<string> args, IReadOnlyDictionary<string, string> environment, string input = "")
    {
        var cancel = TestContext.Current.CancellationToken;
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "PartnerTracker.Web.dll"), .. args])
        {
            RedirectStandardInput = true,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        await process.StandardInput.WriteAsync(input);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync(cancel);
        var error = process.StandardError.ReadToEndAsync(cancel);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        timeout.CancelAfter(TimeSpan.FromMinutes(1));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }

        return new Outcome(process.ExitCode, await output, await error);
    }
}

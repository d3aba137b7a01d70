using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace PartnerTracker.E2E;

/// <summary>The `users` verb as an operator runs it: the real app's executable against its own data folder.</summary>
public sealed class UsersVerbTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("pt-users-").FullName;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task Adds_an_account_with_the_password_from_standard_input_and_lists_it_with_its_role()
    {
        var added = await RunAsync(["users", "add", "ops.admin", "--role", "Admin"], "a long operator passphrase\n");
        var listed = await RunAsync(["users", "list"]);

        Assert.Equal((0, "Done."), (added.ExitCode, added.Output.Trim()));
        Assert.Equal((0, "ops.admin\tAdmin"), (listed.ExitCode, listed.Output.Trim()));
    }

    [Theory]
    [InlineData("Owner", "short but fine passphrase", "Choose one of: Admin, Analyst, Viewer.")]
    [InlineData("Viewer", "short", "Passwords must be at least 12 characters.")]
    public async Task Refuses_a_bad_role_or_password_with_a_message_and_creates_nothing(string role, string password, string message)
    {
        var refused = await RunAsync(["users", "add", "someone", "--role", role], password + "\n");
        var listed = await RunAsync(["users", "list"]);

        Assert.Equal(2, refused.ExitCode);
        Assert.Contains(message, refused.Error, StringComparison.Ordinal);
        Assert.Equal("", listed.Output.Trim());
    }

    private async Task<(int ExitCode, string Output, string Error)> RunAsync(IEnumerable<string> args, string input = "")
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "PartnerTracker.Web.dll"), .. args])
        {
            RedirectStandardInput = true,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            Environment = { ["Database__DataFolder"] = folder, ["Database__SeedArticle"] = "false", ["Logging__LogLevel__Default"] = "Warning" },
        };
        using var process = Process.Start(start)!;
        await process.StandardInput.WriteAsync(input);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync(Cancel);
        var error = process.StandardError.ReadToEndAsync(Cancel);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Cancel);
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

        return (process.ExitCode, await output, await error);
    }
}

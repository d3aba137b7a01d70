using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Playwright;

namespace PartnerTracker.E2E.Faults;

/// <summary>
/// An app instance killed (SIGKILL: no shutdown, no rollback by the app) during the import's one transaction,
/// which writes thousands of rows: deals, their participants, first stage changes and audit entries. Afterwards the
/// file holds all of the import or none of it, passes SQLite's integrity check, and the app starts on it again.
/// </summary>
public sealed class KilledMidImportTests(Browser browser) : IClassFixture<Browser>, IAsyncDisposable
{
    // Ten of the import's 500-deal batches: once the first is written, nine are still to go when the test acts.
    private const int Rows = 5_000;

    // The import's transaction is EF Core's, which at Debug logs each savepoint (one per batch saved) and its commit.
    private static readonly Dictionary<string, string> TransactionLog = new() { ["Logging__LogLevel__Microsoft.EntityFrameworkCore.Database.Transaction"] = "Debug" };

    private readonly string folder = Directory.CreateTempSubdirectory("pt-killed-").FullName;

    private string File => SqliteFile.In(folder);

    public async ValueTask DisposeAsync()
    {
        await browser.CloseContextsAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    /// <summary>
    /// Killed mid-save, and known to be: once the app logs that the import's first batch is saved inside its
    /// transaction, the test stops the process (SIGSTOP) where it stands, checks that its write transaction is
    /// open on the file (starting another is refused "busy") and that none of its rows show, and only then
    /// kills it. The stop makes the check and the kill see the same instant; the nine batches still to write
    /// make it land before the commit.
    /// </summary>
    [Fact]
    public async Task Killed_with_its_transaction_open_the_file_holds_none_of_the_import()
    {
        var server = await StartWithPreviewAsync();
        await using (server.Process)
        {
            var before = await SqliteFile.CountRowsAsync(File);
            var mark = server.Process.LineCount;
            await server.Page.Locator("[data-testid=import-commit]").ClickAsync();

            // Only the import saves inside a transaction of its own, so the first savepoint after the click is its.
            await server.Process.WaitForLineAsync(mark, line => line.Contains("Released transaction savepoint.", StringComparison.Ordinal));
            await server.Process.FreezeAsync();
            var batches = server.Process.LinesSince(mark).Count(line => line.Contains("Released transaction savepoint.", StringComparison.Ordinal));
            TestContext.Current.TestOutputHelper?.WriteLine(
                $"Stopped after {batches} of {Rows / 500} batches saved; WAL file {new FileInfo(File + "-wal").Length:N0} bytes.");
            Assert.True(await SqliteFile.IsBeingWrittenAsync(File), "The import's write transaction should be open on the file.");
            Assert.Equal(before, await SqliteFile.CountRowsAsync(File));
            Assert.DoesNotContain(server.Process.LinesSince(mark), line => line.Contains("Committing transaction.", StringComparison.Ordinal));

            await server.Process.KillAsync();

            Assert.Equal(137, server.Process.ExitCode); // 128 + SIGKILL: killed, not stopped
            Assert.Equal(before, await SqliteFile.CountRowsAsync(File));
            Assert.Equal("ok", await SqliteFile.IntegrityCheckAsync(File));
        }

        await AssertStartsAgainAsync(expectedDeals: 4);
    }

    /// <summary>The other half: once the app has said the import is done, a kill takes none of it away.</summary>
    [Fact]
    public async Task Killed_right_after_the_import_committed_the_file_holds_all_of_it()
    {
        var server = await StartWithPreviewAsync();
        await using (server.Process)
        {
            var before = await SqliteFile.CountRowsAsync(File);
            await server.Page.Locator("[data-testid=import-commit]").ClickAsync();
            await Assertions.Expect(server.Page.Locator("[data-testid=import-message]")).ToContainTextAsync($"Imported {Rows:N0} deals", new() { Timeout = 120_000 });
            await server.Process.KillAsync();

            var after = await SqliteFile.CountRowsAsync(File);
            Assert.Equal(137, server.Process.ExitCode);
            Assert.Equal(before["Deals"] + Rows, after["Deals"]);
            Assert.Equal(before["DealParticipants"] + (2 * Rows), after["DealParticipants"]);
            Assert.Equal(before["StageChanges"] + Rows, after["StageChanges"]);
            Assert.Equal("ok", await SqliteFile.IntegrityCheckAsync(File));
        }

        await AssertStartsAgainAsync(expectedDeals: 4 + Rows);
    }

    /// <summary>An analyst's account made as an operator makes it, the app started, and the file previewed in Chromium.</summary>
    private async Task<(ServerProcess Process, IPage Page)> StartWithPreviewAsync()
    {
        browser.SkipWhenMissing();
        var account = await AppProcess.RunAsync(
            ["users", "add", TestAccounts.Analyst, "--role", "Analyst", "--Database:DataFolder", folder], new Dictionary<string, string>(), TestAccounts.Password + "\n");
        Assert.Equal(0, account.ExitCode);

        var process = await ServerProcess.StartAsync(folder, TransactionLog);
        var page = await browser.NewPageAsync();
        await Browser.SignInAsync(page, new Uri(process.BaseAddress, "/import"), TestAccounts.Analyst);
        await page.Locator("[data-interactive=true]").WaitForAsync();
        await page.Locator("input[type=file]").SetInputFilesAsync(new FilePayload { Name = "deals.csv", MimeType = "text/csv", Buffer = Csv() });
        // A bound, not a speed check: reading and previewing the rows took over a minute once on a shared, loaded machine.
        await Assertions.Expect(page.Locator("[data-testid=import-summary]")).ToContainTextAsync($"{Rows:N0} deals, 0 errors", new() { Timeout = 180_000 });
        return (process, page);
    }

    private async Task AssertStartsAgainAsync(int expectedDeals)
    {
        await using var again = await ServerProcess.StartAsync(folder);
        using var client = new HttpClient { BaseAddress = again.BaseAddress };
        using var health = await client.GetAsync("/health", TestContext.Current.CancellationToken);
        var body = await health.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);

        Assert.Equal((HttpStatusCode.OK, "Healthy"), (health.StatusCode, body.GetProperty("status").GetString()));
        Assert.Equal(expectedDeals, (await SqliteFile.CountRowsAsync(File))["Deals"]);
    }

    /// <summary>Rows of new deals between two seeded companies, each valid, so the preview offers the commit.</summary>
    private static byte[] Csv()
    {
        var csv = new StringBuilder("Name,Kind,Stage,Verification,Announced,Announced precision,Participants\r\n");
        for (var row = 1; row <= Rows; row++)
        {
            csv.Append(System.Globalization.CultureInfo.InvariantCulture, $"Killed import deal {row:D5},Supply,Signed,Confirmed,2025-03-01,Month,\"OpenAI (Customer); SoftBank (Investor)\"\r\n");
        }

        return Encoding.UTF8.GetBytes(csv.ToString());
    }
}

using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace PartnerTracker.E2E.Faults;

/// <summary>
/// The database out of reach for a while, then back, in the two ways SQLite goes (<see cref="DatabaseOutage"/>):
/// /health says Unhealthy (503) while it is out and Healthy once it is back; a page shows the app's own error
/// message instead of taking the process down, and the same process serves it again afterwards. No restart.
/// </summary>
public sealed class DatabaseOutageTests
{
    // MainLayout's error boundary: the layout and menu stay, the page's content says it could not finish.
    private const string PageError = "This page ran into a problem and could not finish. Nothing was saved by it.";

    private static readonly (HttpStatusCode, string, string) Healthy = (HttpStatusCode.OK, "Healthy", "Healthy");

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    // Locked is skipped for now: once in three CI runs the health check still read the WAL file under the outside
    // lock and answered Healthy, so that case does not yet hold the file shut every time.
    [InlineData(DatabaseOutage.Locked, Skip = "Flaky: the outside lock does not always stop the app's reads in WAL mode")]
    [InlineData(DatabaseOutage.Unopenable)]
    public async Task Health_is_unhealthy_503_during_the_outage_and_healthy_again_once_it_ends(DatabaseOutage kind)
    {
        await using var app = Start(kind, out var outage);
        using var anonymous = app.NewHttpClient();
        var before = await HealthAsync(anonymous);

        var clock = Stopwatch.StartNew();
        (HttpStatusCode, string, string) during;
        TimeSpan answeredIn;
        await using (await outage.BeginAsync(SqliteFile.In(app.DataFolder)))
        {
            clock.Restart();
            during = await HealthAsync(anonymous);
            answeredIn = clock.Elapsed;
        }

        clock.Restart();
        var after = await HealthAsync(anonymous);
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"{kind}: Unhealthy answered in {answeredIn.TotalSeconds:N1} s; Healthy again {clock.Elapsed.TotalMilliseconds:N0} ms after the outage ended.");

        Assert.Equal(Healthy, before);
        Assert.Equal((HttpStatusCode.ServiceUnavailable, "Unhealthy", "Unhealthy"), during);
        Assert.Equal(Healthy, after);
    }

    [Theory]
    [InlineData(DatabaseOutage.Locked)]
    [InlineData(DatabaseOutage.Unopenable)]
    public async Task A_page_during_the_outage_shows_the_apps_error_message_and_the_same_process_serves_it_after(DatabaseOutage kind)
    {
        await using var app = Start(kind, out var outage);
        using var analyst = await SignedIn.ClientAsync(app.BaseAddress, TestAccounts.Analyst, Cancel);
        var deal = $"/deals/{await StargateIdAsync(app)}";
        using (var ready = await analyst.GetAsync(deal, Cancel))
        {
            Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        }

        (HttpStatusCode Code, string Body) during;
        await using (await outage.BeginAsync(SqliteFile.In(app.DataFolder)))
        {
            // The deal page reads the deal while it prerenders, so the outage reaches this very response.
            using var response = await analyst.GetAsync(deal, Cancel);
            during = (response.StatusCode, await response.Content.ReadAsStringAsync(Cancel));
        }

        using var after = await analyst.GetAsync(deal, Cancel);
        using var anonymous = app.NewHttpClient();

        var afterBody = await after.Content.ReadAsStringAsync(Cancel);

        Assert.Equal(HttpStatusCode.OK, during.Code);
        Assert.Contains(PageError, during.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Stargate", during.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("SQLite", during.Body, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(app.LogLines, line => line.StartsWith("Error ", StringComparison.Ordinal) && line.Contains("SqliteException", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Contains("Stargate", afterBody, StringComparison.Ordinal);
        Assert.DoesNotContain(PageError, afterBody, StringComparison.Ordinal);
        Assert.Equal(Healthy, await HealthAsync(anonymous));
    }

    /// <summary>Production: the error page an operator's users see, not the developer page.</summary>
    private static RunningApp Start(DatabaseOutage kind, out OutageSwitch outage)
    {
        outage = new OutageSwitch(kind);
        return new RunningApp(environment: "Production", configure: outage.Configure);
    }

    private static async Task<(HttpStatusCode Code, string Status, string Database)> HealthAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/health", Cancel);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        return (response.StatusCode, body.GetProperty("status").GetString()!, body.GetProperty("checks").GetProperty("database").GetProperty("status").GetString()!);
    }

    private static async Task<long> StargateIdAsync(RunningApp app)
    {
        await using var connection = await SqliteFile.OpenAsync(SqliteFile.In(app.DataFolder));
        return await SqliteFile.ScalarAsync(connection, "SELECT Id FROM Deals WHERE Name = 'Stargate'");
    }
}

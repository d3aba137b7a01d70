using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Playwright;

namespace PartnerTracker.E2E.Faults;

/// <summary>
/// A client that opens Blazor hub connections in a loop (a reconnect storm, or a script) is answered 429 past
/// Circuits:ConnectionsPerMinute, logged once, and costs nobody else anything; a person opening pages is not limited.
/// </summary>
public sealed class HubConnectionLimitTests(Browser browser) : IClassFixture<Browser>
{
    private const int Limit = 25;
    private const int Attempts = 10_000;
    private const string Warning = "Refused new Blazor connections from user " + TestAccounts.Analyst;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Ten_thousand_negotiates_from_one_signed_in_user_are_held_to_the_limit_and_the_app_keeps_answering()
    {
        await using var app = new RunningApp(environment: "Production", configure: web => web.UseSetting("Circuits:ConnectionsPerMinute", $"{Limit}"));
        using var flooder = await SignedIn.ClientAsync(app.BaseAddress, TestAccounts.Analyst, Cancel);
        var answers = new ConcurrentDictionary<HttpStatusCode, int>();

        // Sixteen at a time, as fast as the machine allows: what a reconnect loop in a few tabs or a script sends.
        await Parallel.ForEachAsync(Enumerable.Range(0, Attempts), new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = Cancel }, async (_, token) =>
        {
            using var response = await flooder.PostAsync("/_blazor/negotiate?negotiateVersion=1", content: null, token);
            answers.AddOrUpdate(response.StatusCode, 1, (_, n) => n + 1);
        });
        var warnings = app.LogLines.Count(line => line.Contains(Warning, StringComparison.Ordinal));
        var allowed = answers.GetValueOrDefault(HttpStatusCode.OK);
        TestContext.Current.TestOutputHelper?.WriteLine($"{allowed} of {Attempts} negotiates allowed, {answers.GetValueOrDefault(HttpStatusCode.TooManyRequests)} refused 429, {warnings} warning(s) logged.");

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.TooManyRequests], answers.Keys.Order());
        // One warning per minute window that refused anything, and the limit allowed in each such window: the
        // burst takes seconds, so one window and exactly the limit; a machine slow enough to spill into a second
        // minute gets a second window's allowance and a second warning, never a line per refusal.
        Assert.InRange(warnings, 1, 2);
        Assert.Equal(Limit * warnings, allowed);
        Assert.Equal(Attempts - allowed, answers[HttpStatusCode.TooManyRequests]);
        // The line names the user and the setting, and nothing of the request (no cookie, no connection token).
        Assert.All(app.LogLines.Where(line => line.Contains(Warning, StringComparison.Ordinal)), line => Assert.Equal(
            $"Warning PartnerTracker.Web.Hosting.HubConnectionRefusals: {Warning}: more than {Limit} per minute (Circuits:ConnectionsPerMinute). "
            + "Further refusals of this client are not logged for a minute.", line));

        // Only hub connections are limited, and only the flooding user's: pages, health and other users go on.
        using var health = await flooder.GetAsync("/health", Cancel);
        using var page = await flooder.GetAsync("/deals", Cancel);
        using var stillRefused = await flooder.PostAsync("/_blazor/negotiate?negotiateVersion=1", content: null, Cancel);
        using var viewer = await SignedIn.ClientAsync(app.BaseAddress, TestAccounts.Viewer, Cancel);
        using var otherUser = await viewer.PostAsync("/_blazor/negotiate?negotiateVersion=1", content: null, Cancel);

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal("Healthy", (await health.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("<title>Deals", await page.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.TooManyRequests, stillRefused.StatusCode);
        Assert.True(stillRefused.Headers.Contains("Retry-After"));
        Assert.Equal(HttpStatusCode.OK, otherUser.StatusCode);
    }

    [Fact]
    public async Task Under_the_default_limits_a_user_opening_and_reloading_pages_gets_a_live_circuit_each_time()
    {
        var app = new RunningApp();
        try
        {
            var page = await browser.OpenAsync(new Uri(app.BaseAddress, "/deals"));
            await Assertions.Expect(page.Locator("[data-testid=deal-link]")).ToHaveCountAsync(4);

            // Each reload is a new circuit, with its own negotiate: a person's pace is far inside the default.
            for (var reload = 0; reload < 3; reload++)
            {
                await page.ReloadAsync();
                await page.Locator("[data-interactive=true]").WaitForAsync();
            }

            await Assertions.Expect(page.Locator("[data-testid=deal-link]")).ToHaveCountAsync(4);
            Assert.DoesNotContain(app.LogLines, line => line.Contains("Refused new Blazor connections", StringComparison.Ordinal));
        }
        finally
        {
            await browser.CloseThenStopAsync(app);
        }
    }

    [Theory]
    [InlineData("ConnectionsPerMinute", "-1")]
    [InlineData("ConnectionsPerMinute", "0")]
    [InlineData("ConnectionsPerMinute", "lots")]
    [InlineData("DisconnectedCircuitMaxRetained", "-100")]
    [InlineData("DisconnectedCircuitRetentionPeriod", "0")]
    [InlineData("JSInteropDefaultCallTimeout", "a minute")]
    public async Task A_bad_circuit_setting_stops_the_app_before_it_touches_the_database(string key, string value)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"pt-never-created-{Guid.NewGuid():N}");

        var run = await AppProcess.RunAsync([], new Dictionary<string, string>
        {
            [$"Circuits__{key}"] = value,
            ["Database__DataFolder"] = folder,
            ["ASPNETCORE_URLS"] = "http://127.0.0.1:0",
        });

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"PartnerTracker cannot start: Circuits:{key} is '{value}', which is not ", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder));
    }
}

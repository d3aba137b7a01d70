using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace PartnerTracker.E2E;

/// <summary>The app's start-up as an operator meets it: migrations, seeding once, health, and configuration errors.</summary>
public sealed class StartupTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Health_reports_the_database_healthy()
    {
        await using var app = new RunningApp();
        using var client = new HttpClient { BaseAddress = app.BaseAddress };

        var health = await client.GetFromJsonAsync<JsonElement>("/health", Cancel);

        Assert.Equal("Healthy", health.GetProperty("status").GetString());
        Assert.Equal("Healthy", health.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
    }

    [Fact]
    public async Task First_start_creates_migrates_and_seeds_the_file_and_a_second_start_adds_nothing()
    {
        var folder = Directory.CreateTempSubdirectory("pt-restart-").FullName;
        try
        {
            await StartAndStopAsync(folder);
            var afterFirst = CountRows(folder);
            await StartAndStopAsync(folder);

            Assert.Equal(4, afterFirst.Deals);
            Assert.Equal(afterFirst, CountRows(folder));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("Database__Provider", "Oracle", "Database:Provider")]
    [InlineData("ConnectionStrings__Sqlite", "Data Source=x.db;Bogus Keyword=1", "ConnectionStrings:Sqlite")]
    public async Task Bad_configuration_stops_the_app_with_a_message_naming_the_setting(string variable, string value, string setting)
    {
        var run = await AppProcess.RunAsync([], new Dictionary<string, string> { [variable] = value, ["ASPNETCORE_URLS"] = "http://127.0.0.1:0" });

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"PartnerTracker cannot start: {setting}", run.Error, StringComparison.Ordinal);
    }

    private static async Task StartAndStopAsync(string folder)
    {
        await using var app = new RunningApp(folder);
        _ = app.BaseAddress;
    }

    private static (long Companies, long Deals, long Citations) CountRows(string folder)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(folder, "partnertracker.db")};Pooling=False");
        connection.Open();
        long Count(string table)
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT COUNT(*) FROM {table}";
            return (long)command.ExecuteScalar()!;
        }

        return (Count("Companies"), Count("Deals"), Count("Citations"));
    }
}

using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using PartnerTracker.Data;
using PartnerTracker.Data.Seed;
using PartnerTracker.Web.Cli;

namespace PartnerTracker.Web.Tests.Cli;

/// <summary>`extract FILE` prints the assistant's proposals as JSON against the configured database and writes nothing.</summary>
public sealed class ExtractCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("pt-extract-").FullName;

    private static CancellationToken Cancel => Xunit.TestContext.Current.CancellationToken;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Prints_the_proposals_for_the_seed_article_and_saves_nothing(bool seeded)
    {
        var database = await DatabaseAsync(seeded);
        var file = ArticleFile(
            $"Title: {ArticleSeed.ArticleTitle}\nPublisher: Korea JoongAng Daily\nAuthor: Lee Jae-lim\nPublished: 2025-02-04\nURL: https://koreajoongangdaily.joins.com/news/2025-02-04/business/industry/a/1\n\n{ArticleSeed.ArticleText}");
        var before = await File.ReadAllBytesAsync(database, Cancel);
        var output = new StringWriter();

        // Through the app's own entry point, as a script would call it.
        var exit = await RunThroughProgramAsync(["extract", file, "--ConnectionStrings:Sqlite", $"Data Source={database}", "--Database:SeedArticle", "false"], output);

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output.ToString());
        var deals = json.RootElement.GetProperty("deals").EnumerateArray().ToList();
        var stargate = deals.Single(d => d.GetProperty("name").GetString() == "Stargate");
        Assert.Equal(seeded, stargate.TryGetProperty("existingId", out _));
        if (!seeded)
        {
            Assert.Equal(500_000_000_000m, stargate.GetProperty("valueAmount").GetDecimal());
            Assert.Equal("USD", stargate.GetProperty("valueCurrency").GetString());
            Assert.Contains("$500 billion by SoftBank, OpenAI and Oracle", stargate.GetProperty("valueQuote").GetString(), StringComparison.Ordinal);
        }

        Assert.Contains(deals, d => d.GetProperty("name").GetString() == "OpenAI–Kakao partnership");
        Assert.Equal("2025-02-04", json.RootElement.GetProperty("article").GetProperty("publishedOn").GetString());
        Assert.Equal(before, await File.ReadAllBytesAsync(database, Cancel));
    }

    [Theory]
    [InlineData("Title: T\nPublished: 4 Feb 2025\n\nText.", "Published must be an ISO date")]
    [InlineData("Title: T\nSummary: x\n\nText.", "'Summary' is not a header")]
    [InlineData("Publisher: P\n\nText.", "no Title:")]
    [InlineData("Title: T\n\n", "no text")]
    public async Task A_malformed_file_is_refused_with_what_is_wrong(string content, string message)
    {
        var error = new StringWriter();
        var exit = await ExtractCommand.RunAsync([ArticleFile(content)], TextWriter.Null, error, Cancel);
        Assert.Equal(2, exit);
        Assert.Contains(message, error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("stray")]
    [InlineData("--ConnectionStrings:Sqlite")]
    [InlineData("--Database:DataFolder", "/tmp", "stray")]
    public async Task Anything_after_the_file_but_app_settings_is_refused_with_the_usage(params string[] after)
    {
        var error = new StringWriter();
        var exit = await ExtractCommand.RunAsync([ArticleFile("Title: T\n\nOpenAI met Kakao."), .. after], TextWriter.Null, error, Cancel);
        Assert.Equal(2, exit);
        Assert.Contains(ExtractCommand.Usage, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_database_is_reported_and_not_created()
    {
        var missing = Path.Combine(folder, "none.db");
        var error = new StringWriter();
        var exit = await ExtractCommand.RunAsync([ArticleFile("Title: T\n\nOpenAI met Kakao."), "--ConnectionStrings:Sqlite", $"Data Source={missing}"], TextWriter.Null, error, Cancel);
        Assert.Equal(2, exit);
        Assert.Contains("There is no database", error.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(missing));
    }

    private static async Task<int> RunThroughProgramAsync(string[] args, StringWriter output)
    {
        var original = Console.Out;
        Console.SetOut(output);
        try
        {
            var entry = typeof(Program).Assembly.EntryPoint!;
            var result = entry.Invoke(null, [args]);
            return result is Task<int> task ? await task : (int)result!;
        }
        finally
        {
            Console.SetOut(original);
        }
    }

    private string ArticleFile(string content)
    {
        var path = Path.Combine(folder, $"{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, content);
        return path;
    }

    private async Task<string> DatabaseAsync(bool seeded)
    {
        var path = Path.Combine(folder, $"{(seeded ? "seeded" : "empty")}.db");
        await using var db = new PartnerTrackerDbContext(new DbContextOptionsBuilder<PartnerTrackerDbContext>().UsePartnerTracker(DatabaseProvider.Sqlite, $"Data Source={path}").Options);
        await db.Database.MigrateAsync(Cancel);
        if (seeded)
        {
            await ArticleSeed.SeedIfEmptyAsync(db, Cancel);
        }

        SqliteConnection.ClearAllPools();
        return path;
    }
}

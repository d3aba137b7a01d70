using Microsoft.EntityFrameworkCore;
using PartnerTracker.Application.Common;
using PartnerTracker.Application.Features.Sources;
using PartnerTracker.TestSupport;

namespace PartnerTracker.Application.Tests.Sources;

public sealed class SourceEditorTests : IAsyncLifetime
{
    private SqliteTestDatabase database = null!;
    private SourceEditor editor = null!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        database = await SqliteTestDatabase.CreateAsync();
        editor = new SourceEditor(database, new TestUser(), TimeProvider.System);
    }

    public ValueTask DisposeAsync() => database.DisposeAsync();

    [Fact]
    public async Task Creates_a_source_with_an_https_url()
    {
        var result = await editor.CreateAsync(new SourceEditModel { Title = "Kakao and OpenAI", Url = " https://example.org/kakao-openai ", PublishedOn = new DateOnly(2025, 2, 4) }, Cancel);

        var stored = await editor.GetAsync(Assert.IsType<CommandResult.Saved>(result).Id, Cancel);
        Assert.Equal("https://example.org/kakao-openai", stored!.Url);
    }

    [Theory]
    [InlineData("Title", "", null)]
    [InlineData("Title", "10k", null)]
    [InlineData("Url", "ok", "javascript:alert(1)")]
    [InlineData("Url", "ok", "JaVaScRiPt:alert(1)")]
    [InlineData("Url", "ok", "data:text/html,<script>alert(1)</script>")]
    [InlineData("Url", "ok", "ftp://example.org/x")]
    [InlineData("Url", "ok", "example.org/no-scheme")]
    [InlineData("Url", "ok", "https://example.org/\u0000")]
    public async Task Bad_input_is_refused_and_changes_nothing(string field, string title, string? url)
    {
        var model = new SourceEditModel { Title = title == "10k" ? new string('t', 10_000) : title == "ok" ? "A source" : title, Url = url };
        var before = await CountAsync();

        var result = await editor.CreateAsync(model, Cancel);

        Assert.True(Assert.IsType<CommandResult.Invalid>(result).Errors.ContainsKey(field));
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task The_same_url_is_recorded_once()
    {
        await editor.CreateAsync(new SourceEditModel { Title = "First", Url = "https://example.org/a" }, Cancel);

        var result = await editor.CreateAsync(new SourceEditModel { Title = "Second", Url = "https://example.org/a" }, Cancel);

        Assert.Contains("First", Assert.IsType<CommandResult.Invalid>(result).Errors["Url"][0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_date_is_checked_against_the_clock_allowing_tomorrow_and_refusing_the_day_after()
    {
        // Late on 1 March by the clock: the 2nd is within the day's grace, the 3rd is the future (yet long past on the machine's clock).
        var dated = new SourceEditor(database, new TestUser(), new FixedClock(new DateTimeOffset(2025, 3, 1, 23, 30, 0, TimeSpan.Zero)));

        var tomorrow = await dated.CreateAsync(new SourceEditModel { Title = "Dated tomorrow", PublishedOn = new DateOnly(2025, 3, 2), RetrievedOn = new DateOnly(2025, 3, 2) }, Cancel);
        var before = await CountAsync();
        var later = await dated.CreateAsync(new SourceEditModel { Title = "Dated the day after", PublishedOn = new DateOnly(2025, 3, 3), RetrievedOn = new DateOnly(2025, 3, 3) }, Cancel);

        Assert.IsType<CommandResult.Saved>(tomorrow);
        Assert.Equal(
            [nameof(SourceEditModel.PublishedOn), nameof(SourceEditModel.RetrievedOn)],
            Assert.IsType<CommandResult.Invalid>(later).Errors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task A_source_that_supports_facts_is_not_deleted()
    {
        await using var db = database.CreateDbContext();
        var article = await db.SourceArticles.Select(s => s.Id).SingleAsync(Cancel);

        var version = (await editor.GetAsync(article, Cancel))!.Version;

        var result = await editor.DeleteAsync(article, version, Cancel);

        Assert.Contains("cited fact", Assert.IsType<CommandResult.Invalid>(result).Summary, StringComparison.Ordinal);
        Assert.True(await db.SourceArticles.AnyAsync(s => s.Id == article, Cancel));
    }

    private async Task<int> CountAsync()
    {
        await using var db = database.CreateDbContext();
        return await db.SourceArticles.CountAsync(Cancel);
    }
}

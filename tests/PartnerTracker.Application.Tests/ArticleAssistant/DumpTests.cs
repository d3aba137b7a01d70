using PartnerTracker.Application.Features.ArticleAssistant;
using PartnerTracker.Data.Seed;
using PartnerTracker.TestSupport;

namespace PartnerTracker.Application.Tests.ArticleAssistant;

public sealed class DumpTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Dump(bool seeded)
    {
        await using var database = await SqliteTestDatabase.CreateAsync(seeded);
        var proposals = await new ArticleExtractor(database).ExtractAsync(new ArticleInput { Title = ArticleSeed.ArticleTitle, PublishedOn = new DateOnly(2025, 2, 4), Text = ArticleSeed.ArticleText }, TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync($"/tmp/assist-dump-{seeded}.json", ArticleJson.Write(proposals), TestContext.Current.CancellationToken);
    }
}

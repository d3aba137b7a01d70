using Microsoft.EntityFrameworkCore;
using PartnerTracker.Application.Features.Companies;
using PartnerTracker.Application.Features.Timelines;
using PartnerTracker.Data.Seed;
using PartnerTracker.Domain;
using PartnerTracker.TestSupport;

namespace PartnerTracker.Application.Tests.Companies;

/// <summary>The company page's partners and timeline on the article's facts (their queries' shapes were chosen for speed).</summary>
public sealed class CompanyOverviewTests : IAsyncLifetime
{
    private SqliteTestDatabase database = null!;
    private CompaniesService service = null!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        database = await SqliteTestDatabase.CreateAsync();
        service = new CompaniesService(database, AppMapping.Mapper);
    }

    public ValueTask DisposeAsync() => database.DisposeAsync();

    [Fact]
    public async Task Partners_count_each_shared_deal_once_most_shared_first_then_by_name()
    {
        // OpenAI and SoftBank each hold two roles in Stargate: one shared deal, not four. OpenAI is not its own partner.
        var page = await OverviewAsync("OpenAI");

        Assert.Equal(
            [("Kakao", 2), ("Samsung Electronics", 2), ("Arm", 1), ("Microsoft", 1), ("Nvidia", 1), ("Oracle", 1), ("SoftBank Group", 1)],
            page.Partners.Select(p => (p.Name, p.SharedDeals)));
    }

    [Fact]
    public async Task Timeline_holds_the_stage_changes_and_announcements_of_its_deals_and_its_events_latest_first()
    {
        await using var db = database.CreateDbContext();
        var openAiKakao = await db.Deals.SingleAsync(d => d.Name == ArticleSeed.OpenAiKakaoName, Cancel);

        var timeline = (await OverviewAsync("OpenAI")).Timeline;

        // All but the interview on 4 February 2025: on one day, events, then announcements, then stage changes
        // (the reverse of the chronological order, in which a stage change comes first).
        Assert.Equal(
            [
                (TimelineKind.Event, "Samsung–OpenAI–SoftBank meeting in Seoul"),
                (TimelineKind.Event, "Sam Altman meets SK Group Chairman Chey Tae-won"),
                (TimelineKind.Event, "Sam Altman meets Krafton CEO Kim Chang-han"),
                (TimelineKind.Event, "Kakao press event with OpenAI"),
                (TimelineKind.Announced, ArticleSeed.OpenAiKakaoName),
                (TimelineKind.StageChange, ArticleSeed.OpenAiKakaoName),
                (TimelineKind.Event, "Sam Altman interview with Nihon Keizai"),
            ],
            timeline.Select(t => (t.Kind, t.Name)));
        Assert.Equal(
            new TimelineItem(new DateOnly(2025, 2, 4), DatePrecision.Day, TimelineKind.StageChange, timeline[5].Id, ArticleSeed.OpenAiKakaoName,
                $"/deals/{openAiKakao.Id}", null, DealStage.Signed),
            timeline[5]);
        Assert.Equal(new DateOnly(2025, 2, 3), timeline[^1].Start);
    }

    [Fact]
    public async Task A_company_in_no_deal_has_no_partners_and_no_stage_changes()
    {
        var page = await OverviewAsync("DeepSeek");

        Assert.Empty(page.Deals);
        Assert.Empty(page.Partners);
        Assert.Empty(page.Timeline);
    }

    private async Task<CompanyOverview> OverviewAsync(string name)
    {
        await using var db = database.CreateDbContext();
        var id = await db.Companies.Where(c => c.Name == name).Select(c => c.Id).SingleAsync(Cancel);
        return await service.GetOverviewAsync(id, Cancel) ?? throw new InvalidOperationException($"{name} has no page.");
    }
}

using Microsoft.EntityFrameworkCore;
using PartnerTracker.Data;
using PartnerTracker.Data.Seed;
using PartnerTracker.Domain;
using PartnerTracker.TestSupport;

namespace PartnerTracker.Application.Tests.Seed;

/// <summary>The article's facts, checked one by one against the seeded embedded database.</summary>
public sealed class ArticleSeedTests : IAsyncLifetime
{
    private SqliteTestDatabase database = null!;
    private PartnerTrackerDbContext db = null!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        database = await SqliteTestDatabase.CreateAsync();
        db = database.CreateDbContext();
    }

    public async ValueTask DisposeAsync()
    {
        await db.DisposeAsync();
        await database.DisposeAsync();
    }

    [Fact]
    public async Task Source_record_is_the_JoongAng_article()
    {
        var source = await db.SourceArticles.SingleAsync(Cancel);

        Assert.Equal("Samsung, OpenAI, and SoftBank chiefs hold high-stakes AI summit in Seoul", source.Title);
        Assert.Equal("Korea JoongAng Daily", source.Publisher);
        Assert.Equal("Lee Jae-lim", source.Author);
        Assert.Equal(new DateOnly(2025, 2, 4), source.PublishedOn);
        Assert.Equal(ArticleSeed.ArticleText, source.Text);
    }

    [Fact]
    public void Shipped_article_is_byte_identical_to_shared_seed()
    {
        var path = SeedArticleFile.Find();
        Assert.True(path is not null, "shared/seeds/" + SeedArticleFile.FileName + " was not found above the test folder.");
        Assert.Equal(File.ReadAllText(path), ArticleSeed.ArticleText);
    }

    [Fact]
    public async Task Every_citation_quotes_the_article_verbatim()
    {
        var path = SeedArticleFile.Find();
        Assert.NotNull(path);
        var article = await File.ReadAllTextAsync(path, Cancel);
        var quotes = await db.Citations.Select(c => c.Quote).Distinct().ToListAsync(Cancel);

        Assert.True(quotes.Count >= 15, $"only {quotes.Count} distinct quotes");
        Assert.All(quotes, quote => Assert.Contains(quote, article, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Every_seeded_record_has_a_citation()
    {
        Assert.Empty(await db.Deals.Where(d => !d.Citations.Any(c => c.Subject == CitationSubject.Deal)).Select(d => d.Name).ToListAsync(Cancel));
        Assert.Empty(await db.DealParticipants.Where(p => !p.Citations.Any()).Select(p => p.Id).ToListAsync(Cancel));
        Assert.Empty(await db.Companies.Where(c => !db.Citations.Any(x => x.CompanyId == c.Id)).Select(c => c.Name).ToListAsync(Cancel));
        Assert.Empty(await db.People.Where(p => !db.Citations.Any(x => x.PersonId == p.Id)).Select(p => p.FullName).ToListAsync(Cancel));
        Assert.Empty(await db.Events.Where(e => !db.Citations.Any(x => x.EventId == e.Id)).Select(e => e.Name).ToListAsync(Cancel));
        Assert.Empty(await db.StageChanges.Where(s => !db.Citations.Any(x => x.StageChangeId == s.Id)).Select(s => s.Id).ToListAsync(Cancel));
    }

    [Fact]
    public async Task Stargate_is_a_500_billion_dollar_joint_venture_in_the_United_States()
    {
        var stargate = await db.Deals.Include(d => d.FxRate).SingleAsync(d => d.Name == ArticleSeed.StargateName, Cancel);

        Assert.Equal(DealKind.JointVenture, stargate.Kind);
        Assert.Equal(new Money(500_000_000_000m, "USD", MoneyQualifier.Exact), stargate.Value);
        Assert.Equal(500_000_000_000m, stargate.ValueUsd);
        Assert.Equal(1m, stargate.FxRate!.RateToUsd);
        Assert.Equal(new DateOnly(2025, 2, 4), stargate.FxRate.Date);
        Assert.Equal("US", stargate.CountryCode);
        var valueQuote = await db.Citations.SingleAsync(c => c.DealId == stargate.Id && c.Subject == CitationSubject.DealValue, Cancel);
        Assert.Contains("a combined investment of $500 billion by SoftBank, OpenAI and Oracle", valueQuote.Quote, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stargate_has_its_seven_companies_in_their_roles()
    {
        var roles = await db.DealParticipants
            .Where(p => p.Deal!.Name == ArticleSeed.StargateName)
            .Select(p => new { p.Company!.Name, p.Role, p.Verification })
            .ToListAsync(Cancel);

        Assert.Equal(7, roles.Select(r => r.Name).Distinct().Count());
        Assert.Equal(
            [
                ("Arm", ParticipantRole.TechnologyPartner, Verification.Confirmed),
                ("Microsoft", ParticipantRole.TechnologyPartner, Verification.Confirmed),
                ("Nvidia", ParticipantRole.TechnologyPartner, Verification.Confirmed),
                ("OpenAI", ParticipantRole.EquityPartner, Verification.Confirmed),
                ("OpenAI", ParticipantRole.TechnologyLead, Verification.Confirmed),
                ("Oracle", ParticipantRole.EquityPartner, Verification.Confirmed),
                ("Samsung Electronics", ParticipantRole.PotentialPartner, Verification.Rumored),
                ("SoftBank Group", ParticipantRole.EquityPartner, Verification.Confirmed),
                ("SoftBank Group", ParticipantRole.FinancialLead, Verification.Confirmed),
            ],
            roles.Select(r => (r.Name, r.Role, r.Verification)).OrderBy(r => r.Name, StringComparer.Ordinal).ThenBy(r => r.Role));
    }

    [Fact]
    public async Task OpenAI_Kakao_partnership_was_formalised_on_4_February_2025_with_its_products()
    {
        var deal = await db.Deals
            .Include(d => d.Participants).ThenInclude(p => p.Company)
            .Include(d => d.Products).ThenInclude(p => p.Product)
            .Include(d => d.People).ThenInclude(p => p.Person)
            .Include(d => d.StageHistory)
            .SingleAsync(d => d.Name == ArticleSeed.OpenAiKakaoName, Cancel);

        Assert.Equal(DealKind.StrategicPartnership, deal.Kind);
        Assert.Equal(PartialDate.Day(2025, 2, 4), deal.AnnouncedOn);
        Assert.Equal(["Kakao", "OpenAI"], deal.Participants.Select(p => p.Company!.Name).Order(StringComparer.Ordinal));
        Assert.Equal(
            [("ChatGPT Enterprise", DealProductRole.DeployedAtPartner), ("KakaoTalk", DealProductRole.IntegratesPartnerTechnology), ("Kanana", DealProductRole.IntegratesPartnerTechnology)],
            deal.Products.Select(p => (p.Product!.Name, p.Role)).OrderBy(p => p.Name, StringComparer.Ordinal));
        Assert.Equal(["Chung Shin-a", "Sam Altman"], deal.People.Select(p => p.Person!.FullName).Order(StringComparer.Ordinal));
        var stage = Assert.Single(deal.StageHistory);
        Assert.Equal(DealStage.Signed, stage.ToStage);
        Assert.Equal(PartialDate.Day(2025, 2, 4), stage.EffectiveOn);
    }

    [Fact]
    public async Task Kanana_release_is_planned_for_the_first_half_of_2025_not_1_January()
    {
        var kanana = await db.Products.Include(p => p.Company).SingleAsync(p => p.Name == "Kanana", Cancel);

        Assert.Equal("Kakao", kanana.Company!.Name);
        Assert.Equal(DatePrecision.HalfYear, kanana.Release!.Precision);
        Assert.Equal("H1 2025", kanana.Release.ToString());
        Assert.True(kanana.ReleaseIsPlanned);
        Assert.Equal("ChatGPT Enterprise", (await db.Products.SingleAsync(p => p.Company!.Name == "OpenAI", Cancel)).Name);
    }

    [Fact]
    public async Task Localized_AI_product_is_a_sub_deal_at_discussion_stage_with_undisclosed_value()
    {
        var localized = await db.Deals.Include(d => d.ParentDeal).SingleAsync(d => d.Name == ArticleSeed.LocalizedProductName, Cancel);

        Assert.Equal(ArticleSeed.OpenAiKakaoName, localized.ParentDeal!.Name);
        Assert.Equal(DealStage.InTalks, localized.Stage);
        Assert.Equal(Money.Undisclosed(), localized.Value);
        Assert.Null(localized.ValueUsd);
    }

    [Fact]
    public async Task Samsung_OpenAI_hardware_talks_are_reported_not_confirmed()
    {
        var talks = await db.Deals.Include(d => d.Participants).ThenInclude(p => p.Company)
            .SingleAsync(d => d.Name == ArticleSeed.SamsungHardwareName, Cancel);

        Assert.Equal(Verification.Reported, talks.Verification);
        Assert.Equal(DealStage.InTalks, talks.Stage);
        Assert.Equal(["OpenAI", "Samsung Electronics"], talks.Participants.Select(p => p.Company!.Name).Order(StringComparer.Ordinal));
        Assert.All(talks.Participants, p => Assert.Equal(Verification.Reported, p.Verification));
    }

    [Fact]
    public async Task Arm_is_owned_by_SoftBank_Group_and_SoftBank_is_an_alias()
    {
        var arm = await db.Companies.Include(c => c.ParentCompany).SingleAsync(c => c.Name == "Arm", Cancel);
        Assert.Equal("SoftBank Group", arm.ParentCompany!.Name);
        Assert.Equal("GB", arm.CountryCode);

        var ownership = await db.Citations.Where(c => c.CompanyId == arm.Id).Select(c => c.Quote).SingleAsync(Cancel);
        Assert.Equal("British chip designer Arm, owned by the Japanese bank", ownership);

        var alias = await db.CompanyAliases.Include(a => a.Company).SingleAsync(a => a.NormalizedAlias == "SOFTBANK", Cancel);
        Assert.Equal("SoftBank Group", alias.Company!.Name);
    }

    [Theory]
    [InlineData("Lee Jae-yong", "Executive Chairman", "Samsung Electronics")]
    [InlineData("Sam Altman", "CEO", "OpenAI")]
    [InlineData("Masayoshi Son", "Chairman and CEO", "SoftBank Group")]
    [InlineData("Chey Tae-won", "Chairman", "SK Group")]
    [InlineData("Kim Chang-han", "CEO", "Krafton")]
    [InlineData("Chung Shin-a", "CEO", "Kakao")]
    public async Task Person_has_title_and_company(string name, string title, string company)
    {
        var person = await db.People.Include(p => p.Company).SingleAsync(p => p.FullName == name, Cancel);

        Assert.Equal(title, person.Title);
        Assert.Equal(company, person.Company!.Name);
    }

    [Fact]
    public async Task Seocho_meeting_on_4_February_2025_had_Lee_Altman_and_Son_and_discussed_Stargate()
    {
        var meeting = await db.Events
            .Include(e => e.Attendees).ThenInclude(a => a.Person)
            .Include(e => e.Deals).ThenInclude(d => d.Deal)
            .SingleAsync(e => e.Place!.Contains("Seocho"), Cancel);

        Assert.Equal(EventKind.Meeting, meeting.Kind);
        Assert.Equal(PartialDate.Day(2025, 2, 4), meeting.Date);
        Assert.Equal(["Lee Jae-yong", "Masayoshi Son", "Sam Altman"], meeting.Attendees.Select(a => a.Person!.FullName).Order(StringComparer.Ordinal));
        Assert.Equal([ArticleSeed.StargateName], meeting.Deals.Select(d => d.Deal!.Name));
    }

    [Fact]
    public async Task Kakao_press_event_and_Altman_meetings_with_SK_and_Krafton_are_events()
    {
        var events = await db.Events.AsNoTracking().Select(e => new { e.Kind, e.Date, People = e.Attendees.Select(a => a.Person!.FullName).ToList() }).ToListAsync(Cancel);

        Assert.Contains(events, e => e.Kind == EventKind.PressEvent && e.People.Order(StringComparer.Ordinal).SequenceEqual(["Chung Shin-a", "Sam Altman"]));
        Assert.Contains(events, e => e.Kind == EventKind.Meeting && e.People.Contains("Chey Tae-won") && e.People.Contains("Sam Altman"));
        Assert.Contains(events, e => e.Kind == EventKind.Meeting && e.People.Contains("Kim Chang-han") && e.People.Contains("Sam Altman"));
        Assert.Contains(events, e => e.Kind == EventKind.Interview && e.Date == PartialDate.Day(2025, 2, 3));
    }

    [Fact]
    public async Task Stage_history_holds_only_changes_the_article_dates()
    {
        var history = await db.StageChanges.Include(s => s.Deal).ToListAsync(Cancel);

        var signed = Assert.Single(history);
        Assert.Equal((ArticleSeed.OpenAiKakaoName, DealStage.Signed, PartialDate.Day(2025, 2, 4)), (signed.Deal!.Name, signed.ToStage, signed.EffectiveOn));
    }

    [Fact]
    public async Task Events_carry_how_sure_we_are_they_happened()
    {
        var events = await db.Events.AsNoTracking().ToDictionaryAsync(e => e.Name, e => e.Verification, Cancel);

        Assert.Equal(Verification.Confirmed, events["Kakao press event with OpenAI"]);
        Assert.Equal(Verification.Reported, events["Samsung–OpenAI–SoftBank meeting in Seoul"]);
        Assert.Equal(Verification.Reported, events["Sam Altman meets SK Group Chairman Chey Tae-won"]);
    }

    [Fact]
    public async Task Seeding_twice_adds_nothing()
    {
        var before = await CountAllAsync();

        Assert.False(await ArticleSeed.SeedIfEmptyAsync(db, Cancel));
        Assert.Equal(before, await CountAllAsync());
    }

    [Fact]
    public async Task Seed_never_touches_a_database_holding_only_an_exchange_rate()
    {
        await using var empty = await SqliteTestDatabase.CreateAsync(seeded: false);
        await using var other = empty.CreateDbContext();
        other.FxRates.Add(new FxRate { CurrencyCode = "USD", Date = new DateOnly(2025, 2, 4), RateToUsd = 1m, Source = "someone's" });
        await other.SaveChangesAsync(Cancel);

        Assert.False(await ArticleSeed.SeedIfEmptyAsync(other, Cancel));
        Assert.Equal(0, await other.Companies.CountAsync(Cancel));
    }

    [Fact]
    public async Task Seed_never_touches_a_database_that_already_holds_a_record()
    {
        await using var empty = await SqliteTestDatabase.CreateAsync(seeded: false);
        await using var other = empty.CreateDbContext();
        other.Companies.Add(new Company { Name = "Existing Co" });
        await other.SaveChangesAsync(Cancel);

        Assert.False(await ArticleSeed.SeedIfEmptyAsync(other, Cancel));
        Assert.Equal(["Existing Co"], await other.Companies.Select(c => c.Name).ToListAsync(Cancel));
        Assert.Equal(0, await other.Deals.CountAsync(Cancel));
    }

    private async Task<(int, int, int, int, int)> CountAllAsync() =>
        (await db.Companies.CountAsync(Cancel), await db.Deals.CountAsync(Cancel), await db.Citations.CountAsync(Cancel),
            await db.Events.CountAsync(Cancel), await db.SourceArticles.CountAsync(Cancel));
}

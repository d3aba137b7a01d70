using Microsoft.EntityFrameworkCore;
using PartnerTracker.Application.Common;
using PartnerTracker.Application.Features.ArticleAssistant;
using PartnerTracker.Data;
using PartnerTracker.Data.Seed;
using PartnerTracker.Domain;
using PartnerTracker.TestSupport;

namespace PartnerTracker.Application.Tests.ArticleAssistant;

/// <summary>Confirming writes everything in one transaction through the editors, or nothing at all.</summary>
public sealed class ArticleImporterTests : IAsyncLifetime
{
    private SqliteTestDatabase database = null!;

    public async ValueTask InitializeAsync() => database = await SqliteTestDatabase.CreateAsync(seeded: false);

    public async ValueTask DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task Confirming_the_seed_article_saves_Stargate_with_its_participants_value_and_citations()
    {
        var proposals = await ExtractAsync();
        var result = await new ArticleImporter(database, new TestUser(), AppMapping.Mapper, TimeProvider.System).ConfirmAsync(proposals, TestContext.Current.CancellationToken);

        var saved = Assert.IsType<CommandResult.Saved>(result);
        await using var db = database.CreateDbContext();
        var source = await db.SourceArticles.SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal((saved.Id, ArticleSeed.ArticleTitle), (source.Id, source.Title));

        var stargate = await db.Deals.Include(d => d.Participants).ThenInclude(p => p.Company).SingleAsync(d => d.Name == "Stargate", TestContext.Current.CancellationToken);
        Assert.Equal(new Money(500_000_000_000m, "USD", MoneyQualifier.Exact), stargate.Value);
        Assert.Equal(500_000_000_000m, stargate.ValueUsd);
        Assert.Equal(["OpenAI", "Oracle", "SoftBank Group"], stargate.Participants.Where(p => p.Role == ParticipantRole.EquityPartner).Select(p => p.Company!.Name).Order(StringComparer.Ordinal));
        Assert.Equal(["Arm", "Microsoft", "Nvidia"], stargate.Participants.Where(p => p.Role == ParticipantRole.TechnologyPartner).Select(p => p.Company!.Name).Order(StringComparer.Ordinal));

        var valueQuote = await db.Citations.Where(c => c.DealId == stargate.Id && c.Subject == CitationSubject.DealValue).Select(c => c.Quote).SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal(SeedSentences.Stargate, valueQuote);
        Assert.Equal(stargate.Participants.Count, await db.Citations.CountAsync(c => c.DealId == stargate.Id && c.Subject == CitationSubject.Participant, TestContext.Current.CancellationToken));

        var kakaoDeal = await db.Deals.Include(d => d.Products).ThenInclude(p => p.Product).SingleAsync(d => d.Name == "OpenAI–Kakao partnership", TestContext.Current.CancellationToken);
        Assert.Equal(["ChatGPT Enterprise", "KakaoTalk", "Kanana"], kakaoDeal.Products.Select(p => p.Product!.Name).Order(StringComparer.Ordinal));
        var meeting = await db.Events.Include(e => e.Attendees).ThenInclude(a => a.Person).SingleAsync(e => e.Attendees.Count == 3, TestContext.Current.CancellationToken);
        Assert.Equal(new DateOnly(2025, 2, 4), meeting.Date.Start);
        Assert.Contains(SeedSentences.SeochoMeeting, await db.Citations.Where(c => c.EventId == meeting.Id).Select(c => c.Quote).ToListAsync(TestContext.Current.CancellationToken));
        Assert.Equal(["SoftBank"], await db.CompanyAliases.Where(a => a.Company!.Name == "SoftBank Group").Select(a => a.Alias).ToListAsync(TestContext.Current.CancellationToken));

        // Extracting the same article again now matches everything it just saved.
        var again = await ExtractAsync();
        Assert.Equal(saved.Id, again.ExistingSourceId);
        Assert.All(again.Deals, d => Assert.NotNull(d.ExistingId));
        Assert.All(again.Companies, c => Assert.NotNull(c.ExistingId));
    }

    [Fact]
    public async Task A_viewer_is_refused_and_nothing_is_written()
    {
        var before = await CountsAsync();
        var result = await new ArticleImporter(database, TestUser.Viewer(), AppMapping.Mapper, TimeProvider.System).ConfirmAsync(await ExtractAsync(), TestContext.Current.CancellationToken);
        Assert.IsType<CommandResult.Forbidden>(result);
        Assert.Equal(before, await CountsAsync());
    }

    [Theory]
    [InlineData(1)]
    [InlineData(15)]
    [InlineData(40)]
    public async Task A_failure_midway_leaves_the_database_as_it_was(int failingSave)
    {
        var before = await CountsAsync();
        var proposals = await ExtractAsync();
        var failing = new FailingContexts(database, failingSave);
        await Assert.ThrowsAsync<IOException>(() => new ArticleImporter(failing, new TestUser(), AppMapping.Mapper, TimeProvider.System).ConfirmAsync(proposals, TestContext.Current.CancellationToken));
        Assert.True(failing.Saves >= failingSave);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task A_refused_proposal_says_which_one_and_writes_nothing()
    {
        var proposals = await ExtractAsync();
        var stargate = proposals.Deals.Single(d => d.Name == "Stargate");
        stargate.ValueCurrency = "KRW";
        stargate.FxRateToUsd = null;
        var before = await CountsAsync();

        var result = await new ArticleImporter(database, new TestUser(), AppMapping.Mapper, TimeProvider.System).ConfirmAsync(proposals, TestContext.Current.CancellationToken);

        var invalid = Assert.IsType<CommandResult.Invalid>(result);
        Assert.Contains("Deal “Stargate”: Enter the rate to US dollars", invalid.Summary, StringComparison.Ordinal);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task Unticked_companies_are_left_out_with_their_roles_and_a_product_without_its_company_is_refused()
    {
        var proposals = await ExtractAsync();
        proposals.Companies.Single(c => c.Name == "Oracle").Include = false;
        var result = await new ArticleImporter(database, new TestUser(), AppMapping.Mapper, TimeProvider.System).ConfirmAsync(proposals, TestContext.Current.CancellationToken);
        Assert.True(result.IsSaved);
        await using var db = database.CreateDbContext();
        Assert.False(await db.Companies.AnyAsync(c => c.Name == "Oracle", TestContext.Current.CancellationToken));
        Assert.Equal(2, await db.DealParticipants.CountAsync(p => p.Deal!.Name == "Stargate" && p.Role == ParticipantRole.EquityPartner, TestContext.Current.CancellationToken));

        await using var empty = await SqliteTestDatabase.CreateAsync(seeded: false);
        var orphan = await new ArticleExtractor(empty, TimeProvider.System).ExtractAsync(SeedArticleExtractionTests.Article, TestContext.Current.CancellationToken);
        orphan.Companies.Single(c => c.Name == "Kakao").Include = false;
        var refused = Assert.IsType<CommandResult.Invalid>(await new ArticleImporter(empty, new TestUser(), AppMapping.Mapper, TimeProvider.System).ConfirmAsync(orphan, TestContext.Current.CancellationToken));
        Assert.Contains("Product “Kanana”: Pick the company that owns the product.", refused.Summary, StringComparison.Ordinal);
        await using var emptyDb = empty.CreateDbContext();
        Assert.Equal(0, await emptyDb.SourceArticles.CountAsync(TestContext.Current.CancellationToken) + await emptyDb.Companies.CountAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_review_with_several_bad_items_returns_every_refusal_under_its_proposal_and_writes_nothing()
    {
        var proposals = await ExtractAsync();
        var microsoft = proposals.Companies.Single(c => c.Name == "Microsoft");
        microsoft.Name = new string('M', 201);
        var arm = proposals.Companies.Single(c => c.Name == "Arm");
        var nvidia = proposals.Companies.Single(c => c.Name == "Nvidia");
        arm.Name = "Nvidia";
        var lee = proposals.People.Single(p => p.FullName == "Lee Jae-yong");
        lee.Title = new string('T', 201);
        var kakaoDeal = proposals.Deals.Single(d => d.Name == "OpenAI–Kakao partnership");
        (kakaoDeal.ValueQualifier, kakaoDeal.ValueAmount, kakaoDeal.ValueCurrency) = (MoneyQualifier.Exact, 0m, "USD");
        var before = await CountsAsync();

        var result = await new ArticleImporter(database, new TestUser(), AppMapping.Mapper, TimeProvider.System).ConfirmAsync(proposals, TestContext.Current.CancellationToken);

        var invalid = Assert.IsType<CommandResult.Invalid>(result);
        // Arm and Nvidia now share a name: the later of the two in the review is the duplicate.
        var duplicate = proposals.Companies.IndexOf(arm) > proposals.Companies.IndexOf(nvidia) ? arm : nvidia;
        Assert.Equal(new[] { microsoft.Key, duplicate.Key, lee.Key, kakaoDeal.Key }.Order(StringComparer.Ordinal), invalid.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.Contains(invalid.Errors[microsoft.Key], m => m.StartsWith("Company “MMM", StringComparison.Ordinal) && m.Contains("Name", StringComparison.Ordinal));
        Assert.Contains(invalid.Errors[duplicate.Key], m => m.Contains("A company named “Nvidia” already exists", StringComparison.Ordinal));
        Assert.Contains(invalid.Errors[lee.Key], m => m.StartsWith("Person “Lee Jae-yong”: Title", StringComparison.Ordinal));
        Assert.Contains(invalid.Errors[kakaoDeal.Key], m => m.StartsWith("Deal “OpenAI–Kakao partnership”: Amount must be more than zero", StringComparison.Ordinal));
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task A_refused_company_is_reported_once_and_the_person_and_product_that_depend_on_it_are_skipped_not_refused()
    {
        var proposals = await ExtractAsync();
        var softBank = proposals.Companies.Single(c => c.Name == "SoftBank Group");
        var son = proposals.People.Single(p => p.FullName == "Masayoshi Son");
        Assert.Equal(softBank.Key, son.CompanyKey);
        softBank.Name = "";
        var kakao = proposals.Companies.Single(c => c.Name == "Kakao");
        kakao.Name = new string('K', 201);
        var before = await CountsAsync();

        var result = await new ArticleImporter(database, new TestUser(), AppMapping.Mapper, TimeProvider.System).ConfirmAsync(proposals, TestContext.Current.CancellationToken);

        // Son, SoftBank's roles in Stargate and the meeting he attended all depend on SoftBank, and Kakao's products
        // (Kanana would otherwise be refused for having no owner) on Kakao: skipped, not reported.
        var invalid = Assert.IsType<CommandResult.Invalid>(result);
        Assert.Equal(new[] { softBank.Key, kakao.Key }.Order(StringComparer.Ordinal), invalid.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["Company “”: Name is required."], invalid.Errors[softBank.Key]);
        Assert.DoesNotContain("Masayoshi Son", invalid.Summary, StringComparison.Ordinal);
        Assert.DoesNotContain("Kanana", invalid.Summary, StringComparison.Ordinal);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task A_refused_source_skips_the_citations_but_the_records_are_still_checked()
    {
        var proposals = await ExtractAsync();
        proposals.Article.Title = new string('T', 501);
        var oracle = proposals.Companies.Single(c => c.Name == "Oracle");
        oracle.Name = new string('O', 201);
        var before = await CountsAsync();

        var result = await new ArticleImporter(database, new TestUser(), AppMapping.Mapper, TimeProvider.System).ConfirmAsync(proposals, TestContext.Current.CancellationToken);

        var invalid = Assert.IsType<CommandResult.Invalid>(result);
        Assert.Equal(new[] { ArticleImporter.SourceKey, oracle.Key }.Order(StringComparer.Ordinal), invalid.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.All(invalid.Errors[ArticleImporter.SourceKey], m => Assert.StartsWith("the source: Title", m, StringComparison.Ordinal));
        Assert.DoesNotContain("citation", invalid.Summary, StringComparison.Ordinal);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task A_viewer_confirming_a_review_with_bad_items_is_refused_before_anything_is_checked()
    {
        var proposals = await ExtractAsync();
        proposals.Companies[0].Name = "";
        proposals.People[0].Title = new string('T', 201);
        var before = await CountsAsync();

        var result = await new ArticleImporter(database, TestUser.Viewer(), AppMapping.Mapper, TimeProvider.System).ConfirmAsync(proposals, TestContext.Current.CancellationToken);

        Assert.IsType<CommandResult.Forbidden>(result);
        Assert.Equal(before, await CountsAsync());
    }

    private Task<ArticleProposals> ExtractAsync() => new ArticleExtractor(database, TimeProvider.System).ExtractAsync(SeedArticleExtractionTests.Article, TestContext.Current.CancellationToken);

    private async Task<string> CountsAsync()
    {
        await using var db = database.CreateDbContext();
        var ct = TestContext.Current.CancellationToken;
        return string.Join(",",
            await db.SourceArticles.CountAsync(ct), await db.Companies.CountAsync(ct), await db.CompanyAliases.CountAsync(ct), await db.People.CountAsync(ct),
            await db.Products.CountAsync(ct), await db.Deals.CountAsync(ct), await db.DealParticipants.CountAsync(ct), await db.DealProducts.CountAsync(ct),
            await db.DealPeople.CountAsync(ct), await db.StageChanges.CountAsync(ct), await db.Events.CountAsync(ct), await db.EventAttendees.CountAsync(ct),
            await db.Citations.CountAsync(ct), await db.FxRates.CountAsync(ct), await db.AuditEntries.CountAsync(ct));
    }

    /// <summary>The test database whose contexts fail on the Nth save, as a full disk or a lost connection would.</summary>
    private sealed class FailingContexts(SqliteTestDatabase inner, int failingSave) : IDbContextFactory<PartnerTrackerDbContext>
    {
        public int Saves { get; private set; }

        public PartnerTrackerDbContext CreateDbContext()
        {
            var db = inner.CreateDbContext();
            db.SavingChanges += (_, _) =>
            {
                if (++Saves == failingSave)
                {
                    throw new IOException($"Simulated failure on save {failingSave}.");
                }
            };
            return db;
        }
    }
}

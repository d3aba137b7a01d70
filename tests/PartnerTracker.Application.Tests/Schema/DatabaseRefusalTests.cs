using Microsoft.EntityFrameworkCore;
using PartnerTracker.Data;
using PartnerTracker.Data.Seed;
using PartnerTracker.Domain;
using PartnerTracker.TestSupport;

namespace PartnerTracker.Application.Tests.Schema;

/// <summary>
/// The database itself refuses what the domain forbids, whatever code path writes: each test shows the refusal
/// and that nothing of the refused write was kept.
/// </summary>
public sealed class DatabaseRefusalTests : IAsyncLifetime
{
    private SqliteTestDatabase database = null!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => database = await SqliteTestDatabase.CreateAsync();

    public ValueTask DisposeAsync() => database.DisposeAsync();

    [Theory]
    [InlineData("OpenAI")]
    [InlineData("openai")]
    [InlineData("  OPENAI ")]
    public Task Company_name_is_unique_ignoring_case(string name) =>
        AssertRefusedAsync(db => db.Companies.Add(new Company { Name = name }));

    [Fact]
    public Task Alias_is_unique_ignoring_case() =>
        AssertRefusedAsync(db => db.CompanyAliases.Add(new CompanyAlias { CompanyId = CompanyId(db, "Kakao"), Alias = "softbank" }));

    [Fact]
    public Task Participant_needs_an_existing_deal() =>
        AssertRefusedAsync(db => db.DealParticipants.Add(new DealParticipant { DealId = 9_999, CompanyId = CompanyId(db, "Kakao") }));

    [Fact]
    public Task Participant_needs_an_existing_company() =>
        AssertRefusedAsync(db => db.DealParticipants.Add(new DealParticipant { DealId = DealId(db, ArticleSeed.StargateName), CompanyId = 9_999 }));

    [Fact]
    public Task Same_company_cannot_hold_the_same_role_twice_in_a_deal() =>
        AssertRefusedAsync(db => db.DealParticipants.Add(new DealParticipant
        {
            DealId = DealId(db, ArticleSeed.StargateName),
            CompanyId = CompanyId(db, "Oracle"),
            Role = ParticipantRole.EquityPartner,
        }));

    [Theory]
    [InlineData("XYZ")]
    [InlineData("usd")]
    public Task Unknown_currency_code_is_refused(string code) =>
        AssertSqlRefusedAsync($"UPDATE Deals SET ValueCurrency = '{code}' WHERE Name = 'Stargate'");

    [Theory]
    [InlineData("UPDATE Companies SET CountryCode = 'zz' WHERE Name = 'Kakao'")]
    [InlineData("UPDATE Deals SET CountryCode = 'USA' WHERE Name = 'Stargate'")]
    [InlineData("UPDATE Deals SET FxRateId = NULL WHERE Name = 'Stargate'")]
    public Task Codes_and_untraceable_dollar_figures_are_refused(string sql) => AssertSqlRefusedAsync(sql);

    [Fact]
    public Task Text_longer_than_its_column_is_refused_on_SQLite_as_on_SQL_Server() =>
        AssertRefusedAsync(db => db.Companies.Add(new Company { Name = new string('x', 5_000) }));

    [Theory]
    [InlineData("UPDATE Deals SET Stage = 'Imaginary'")]
    [InlineData("UPDATE Deals SET Kind = 'jointventure'")]
    [InlineData("UPDATE DealParticipants SET Role = 'Owner'")]
    [InlineData("UPDATE Deals SET AnnouncedOnPrecision = 'Week' WHERE AnnouncedOn IS NOT NULL")]
    public Task Forged_enum_value_is_refused(string sql) => AssertSqlRefusedAsync(sql);

    [Fact]
    public Task Disclosed_value_without_amount_is_refused() =>
        AssertSqlRefusedAsync("UPDATE Deals SET ValueAmount = NULL WHERE Name = 'Stargate'");

    [Theory]
    [InlineData("UPDATE DealParticipants SET CommitmentQualifier = 'Exact', CommitmentCurrency = 'USD' WHERE Id = (SELECT MIN(Id) FROM DealParticipants)")]
    [InlineData("UPDATE DealParticipants SET CommitmentQualifier = 'Exact', CommitmentAmount = -5, CommitmentCurrency = 'USD' WHERE Id = (SELECT MIN(Id) FROM DealParticipants)")]
    [InlineData("UPDATE Deals SET ValueQualifier = 'Undisclosed' WHERE Name = 'Stargate'")]
    public Task Commitment_and_value_must_be_consistently_disclosed(string sql) => AssertSqlRefusedAsync(sql);

    [Fact]
    public Task Negative_usd_value_is_refused() =>
        AssertSqlRefusedAsync("UPDATE Deals SET ValueUsd = -1 WHERE Name = 'Stargate'");

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("ftp://example.org/a")]
    public Task Source_url_must_be_http_or_https(string url) =>
        AssertRefusedAsync(db => db.SourceArticles.Add(new SourceArticle { Title = "Bad link", Url = url }));

    [Fact]
    public Task Deal_cannot_link_to_itself() =>
        AssertRefusedAsync(db =>
        {
            var id = DealId(db, ArticleSeed.StargateName);
            db.DealLinks.Add(new DealLink { FromDealId = id, ToDealId = id, Kind = DealLinkKind.Related });
        });

    [Fact]
    public Task Citation_must_point_at_the_fact_it_supports() =>
        AssertRefusedAsync(db => db.Citations.Add(new Citation
        {
            SourceArticleId = db.SourceArticles.Select(s => s.Id).First(),
            Quote = "Samsung Electronics is under consideration",
            Subject = CitationSubject.Participant,
            DealId = DealId(db, ArticleSeed.StargateName),
        }));

    [Fact]
    public Task Empty_quote_is_refused() =>
        AssertRefusedAsync(db => db.Citations.Add(new Citation
        {
            SourceArticleId = db.SourceArticles.Select(s => s.Id).First(),
            Quote = "",
            Subject = CitationSubject.Deal,
            DealId = DealId(db, ArticleSeed.StargateName),
        }));

    [Fact]
    public Task A_refused_write_keeps_nothing_of_its_valid_part() =>
        AssertRefusedAsync(db =>
        {
            var company = new Company { Name = "Valid New Co" };
            db.Companies.Add(company);
            db.DealParticipants.Add(new DealParticipant { DealId = 9_999, Company = company });
        });

    [Fact]
    public async Task Stale_edit_is_refused_by_the_concurrency_token()
    {
        await using var first = database.CreateDbContext();
        await using var second = database.CreateDbContext();
        var mine = await first.Deals.SingleAsync(d => d.Name == ArticleSeed.StargateName, Cancel);
        var theirs = await second.Deals.SingleAsync(d => d.Name == ArticleSeed.StargateName, Cancel);

        theirs.Summary = "Their edit";
        await second.SaveChangesAsync(Cancel);
        mine.Summary = "My stale edit";

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => first.SaveChangesAsync(Cancel));
        await using var check = database.CreateDbContext();
        Assert.Equal("Their edit", await check.Deals.Where(d => d.Name == ArticleSeed.StargateName).Select(d => d.Summary).SingleAsync(Cancel));
    }

    [Fact]
    public async Task Replacing_an_owned_value_moves_the_concurrency_token()
    {
        await using var db = database.CreateDbContext();
        var deal = await db.Deals.SingleAsync(d => d.Name == ArticleSeed.StargateName, Cancel);
        var before = deal.Version;

        deal.Value = new Money(400_000_000_000m, "USD", MoneyQualifier.UpTo);
        await db.SaveChangesAsync(Cancel);

        Assert.NotEqual(before, deal.Version);
    }

    private static int CompanyId(PartnerTrackerDbContext db, string name) => db.Companies.Single(c => c.Name == name).Id;

    private static int DealId(PartnerTrackerDbContext db, string name) => db.Deals.Single(d => d.Name == name).Id;

    private async Task AssertRefusedAsync(Action<PartnerTrackerDbContext> write)
    {
        var before = await SnapshotAsync();
        await using (var db = database.CreateDbContext())
        {
            write(db);
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(Cancel));
        }

        Assert.Equal(before, await SnapshotAsync());
    }

    private async Task AssertSqlRefusedAsync(string sql)
    {
        var before = await SnapshotAsync();
        await using (var db = database.CreateDbContext())
        {
            await Assert.ThrowsAsync<Microsoft.Data.Sqlite.SqliteException>(() => db.Database.ExecuteSqlRawAsync(sql, Cancel));
        }

        Assert.Equal(before, await SnapshotAsync());
    }

    /// <summary>Row counts of every table a refused write could touch, plus the deals' stored state.</summary>
    private async Task<string> SnapshotAsync()
    {
        await using var db = database.CreateDbContext();
        var deals = await db.Deals.AsNoTracking().OrderBy(d => d.Id)
            .Select(d => $"{d.Id}|{d.Name}|{d.Kind}|{d.Stage}|{d.ValueUsd}|{d.Value!.Amount}|{d.Value.Currency}|{d.AnnouncedOn!.Precision}|{d.Summary}")
            .ToListAsync(Cancel);
        return string.Join(
            ";",
            await db.Companies.CountAsync(Cancel), await db.CompanyAliases.CountAsync(Cancel), await db.DealParticipants.CountAsync(Cancel),
            await db.DealLinks.CountAsync(Cancel), await db.Citations.CountAsync(Cancel), await db.SourceArticles.CountAsync(Cancel),
            string.Join(";", deals), string.Join(",", await db.DealParticipants.Select(p => p.Role).ToListAsync(Cancel)));
    }
}

using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using PartnerTracker.Application.Features.Companies;
using PartnerTracker.Application.Features.Timelines;
using PartnerTracker.Data;
using PartnerTracker.Data.Seed;

namespace PartnerTracker.Benchmarks;

/// <summary>
/// The company page of the busiest company (CompaniesService.GetOverviewAsync, exactly as the app runs it) beside
/// the same page in hand-written SQL, on synthetic databases of 10k and 100k deals; then its heaviest parts alone,
/// to show where the time goes. EF Core is each category's baseline.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Throughput, launchCount: 1, warmupCount: 3, iterationCount: 10)]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory, BenchmarkLogicalGroupRule.ByParams)]
[CategoriesColumn]
public class CompanyPageBenchmarks
{
    private const string WholePage = "Page";
    private const string DealsPart = "Deals part";
    private const string PartnersPart = "Partners part";
    private const string StageChangesPart = "Stage changes part";

    private DbContextOptions<PartnerTrackerDbContext> efOptions = null!;
    private CompaniesService service = null!;
    private string connectionString = "";
    private int companyId;

    [Params(10_000, 100_000)]
    public int Deals { get; set; }

    [GlobalSetup]
    public async Task SetupAsync()
    {
        await BenchmarkDatabase.EnsureAsync(Deals);
        efOptions = BenchmarkDatabase.ContextOptions(Deals);
        connectionString = BenchmarkDatabase.ConnectionString(Deals);
        service = CompanyPage.Service(efOptions);
        companyId = CompanyPage.Busiest(connectionString);

        var page = await EfCore_Page() ?? throw new InvalidOperationException($"Company {companyId} has no page.");
        SameOverview.Ensure($"Company {companyId}", page, await RawSql_Page());
        SameOverview.Rows($"Company {companyId}, deals alone", await EfCore_Deals(), await RawSql_Deals(), SameOverview.DealTie);
        SameOverview.Rows($"Company {companyId}, partners alone", await EfCore_Partners(), await RawSql_Partners(), SameOverview.PartnerTie);
        SameOverview.Rows($"Company {companyId}, stage changes alone", await EfCore_StageChanges(), await RawSql_StageChanges(), SameOverview.TimelineTie);

        // The parts timed alone hit the cap, so each query has to choose; an empty part would make any two queries look alike.
        if (page.Deals.Count != CompanyOverviewQueries.MaxRows || page.Partners.Count != CompanyOverviewQueries.MaxRows || page.Timeline.Count == 0)
        {
            throw new InvalidOperationException(
                $"Company {companyId}: {page.Deals.Count} deals, {page.Partners.Count} partners, {page.Timeline.Count} timeline entries; expected full parts.");
        }

        // The synthetic data have no people, events or company quotes, and the busiest company no alias or
        // subsidiary: those parts are compared above on empty lists only. Every company of the app's own seed
        // (the article's facts) has some of each, so the hand-written SQL is checked on them as well.
        var seeded = await CompareSeededCompaniesAsync();

        Console.WriteLine(
            $"{Deals:N0} deals: company {companyId} ('{page.Profile.Name}') has {page.Deals.Count} deals, {page.Partners.Count} partners, "
            + $"{page.Timeline.Count} timeline entries, {page.Aliases.Count} aliases, {page.Subsidiaries.Count} subsidiaries, "
            + $"{page.People.Count} people, {page.Quotes.Count} quotes; the seed's {seeded} companies match as well.");
    }

    [Benchmark(Baseline = true), BenchmarkCategory(WholePage)]
    public Task<CompanyOverview?> EfCore_Page() => service.GetOverviewAsync(companyId);

    [Benchmark, BenchmarkCategory(WholePage)]
    public Task<CompanyOverview?> RawSql_Page() => RawSqlCompanyPage.OverviewAsync(connectionString, companyId);

    [Benchmark(Baseline = true), BenchmarkCategory(DealsPart)]
    public Task<List<CompanyDealRole>> EfCore_Deals() => CompanyPage.PartWithEfCoreAsync(efOptions, db => CompanyOverviewQueries.Deals(db, companyId));

    [Benchmark, BenchmarkCategory(DealsPart)]
    public Task<List<CompanyDealRole>> RawSql_Deals() => RawSqlCompanyPage.DealsAsync(connectionString, companyId);

    [Benchmark(Baseline = true), BenchmarkCategory(PartnersPart)]
    public Task<List<CompanyPartner>> EfCore_Partners() => CompanyPage.PartWithEfCoreAsync(efOptions, db => CompanyOverviewQueries.Partners(db, companyId));

    [Benchmark, BenchmarkCategory(PartnersPart)]
    public Task<List<CompanyPartner>> RawSql_Partners() => RawSqlCompanyPage.PartnersAsync(connectionString, companyId);

    [Benchmark(Baseline = true), BenchmarkCategory(StageChangesPart)]
    public Task<List<TimelineItem>> EfCore_StageChanges() =>
        CompanyPage.PartWithEfCoreAsync(efOptions, db => CompanyOverviewQueries.StageChanges(db, companyId));

    [Benchmark, BenchmarkCategory(StageChangesPart)]
    public Task<List<TimelineItem>> RawSql_StageChanges() => RawSqlCompanyPage.StageChangesAsync(connectionString, companyId);

    /// <returns>How many companies were compared.</returns>
    private static async Task<int> CompareSeededCompaniesAsync()
    {
        await using var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        var options = new DbContextOptionsBuilder<PartnerTrackerDbContext>().UsePartnerTracker(connection).Options;
        List<int> ids;
        await using (var db = new PartnerTrackerDbContext(options))
        {
            await db.Database.MigrateAsync();
            await ArticleSeed.SeedIfEmptyAsync(db);
            ids = await db.Companies.Select(c => c.Id).ToListAsync();
        }

        var seeded = CompanyPage.Service(options);
        var parts = new int[8];
        foreach (var id in ids.Append(ids.Max() + 1))
        {
            var efCore = await seeded.GetOverviewAsync(id);
            SameOverview.Ensure($"Seeded company {id}", efCore, await RawSqlCompanyPage.OverviewAsync(connection, id));
            if (efCore is not null)
            {
                IReadOnlyList<int> counts =
                [
                    efCore.Aliases.Count, efCore.Subsidiaries.Count, efCore.Deals.Count, efCore.Partners.Count, efCore.People.Count,
                    efCore.Timeline.Count(t => t.Link.StartsWith("/deals/", StringComparison.Ordinal)),
                    efCore.Timeline.Count(t => t.Link.StartsWith("/events/", StringComparison.Ordinal)), efCore.Quotes.Count,
                ];
                for (var i = 0; i < parts.Length; i++)
                {
                    parts[i] += counts[i];
                }
            }
        }

        if (parts.Any(count => count == 0))
        {
            throw new InvalidOperationException(
                $"The seed no longer fills every part of a company page (aliases, subsidiaries, deals, partners, people, stage changes, events, quotes: {string.Join(", ", parts)}).");
        }

        return ids.Count;
    }
}

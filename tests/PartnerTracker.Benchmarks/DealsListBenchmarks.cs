using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using Microsoft.EntityFrameworkCore;
using PartnerTracker.Application.Common;
using PartnerTracker.Application.Features.Deals;
using PartnerTracker.Data;

namespace PartnerTracker.Benchmarks;

/// <summary>
/// The deals list's first page (count + 25 rows by USD value) through EF Core as the app runs it, beside the same
/// page in hand-written SQL, on synthetic databases of 10k and 100k deals. EF Core is each category's baseline.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Throughput, launchCount: 1, warmupCount: 3, iterationCount: 10)]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory, BenchmarkLogicalGroupRule.ByParams)]
[CategoriesColumn]
public class DealsListBenchmarks
{
    private const string StageAndValue = "Stage+value";
    private const string Text = "Text";

    private DbContextOptions<PartnerTrackerDbContext> efOptions = null!;
    private string connectionString = "";
    private DealFilter textFilter = DealFilter.None;

    [Params(10_000, 100_000)]
    public int Deals { get; set; }

    [GlobalSetup]
    public async Task SetupAsync()
    {
        await BenchmarkDatabase.EnsureAsync(Deals);
        efOptions = BenchmarkDatabase.ContextOptions(Deals);
        connectionString = BenchmarkDatabase.ConnectionString(Deals);
        textFilter = DealsListPage.Text(connectionString);

        var stageAndValue = await EfCore_StageAndValue();
        SamePage.Ensure(StageAndValue, stageAndValue, await RawSql_StageAndValue());
        var text = await EfCore_Text();
        SamePage.Ensure($"{Text} '{textFilter.Text}'", text, await RawSql_Text());
        SamePage.Ensure($"{Text} '{textFilter.Text}', companies first", text, await RawSql_Text_CompaniesFirst());
        Console.WriteLine($"{Deals:N0} deals: {stageAndValue.TotalCount:N0} match {StageAndValue}, {text.TotalCount:N0} match the text '{textFilter.Text}'.");
    }

    [Benchmark(Baseline = true), BenchmarkCategory(StageAndValue)]
    public Task<PagedResult<DealListItem>> EfCore_StageAndValue() => DealsListPage.WithEfCoreAsync(efOptions, DealsListPage.StageAndValue);

    [Benchmark, BenchmarkCategory(StageAndValue)]
    public Task<PagedResult<DealListItem>> RawSql_StageAndValue() =>
        RawSqlDealsList.PageAsync(connectionString, DealsListPage.StageAndValue, DealsListPage.Request);

    [Benchmark(Baseline = true), BenchmarkCategory(Text)]
    public Task<PagedResult<DealListItem>> EfCore_Text() => DealsListPage.WithEfCoreAsync(efOptions, textFilter);

    [Benchmark, BenchmarkCategory(Text)]
    public Task<PagedResult<DealListItem>> RawSql_Text() => RawSqlDealsList.PageAsync(connectionString, textFilter, DealsListPage.Request);

    /// <summary>The shape DealQueries.List has sent since adopting the rewrite docs/benchmarks.md suggested; RawSql_Text keeps the earlier shape.</summary>
    [Benchmark, BenchmarkCategory(Text)]
    public Task<PagedResult<DealListItem>> RawSql_Text_CompaniesFirst() =>
        RawSqlDealsList.PageAsync(connectionString, textFilter, DealsListPage.Request, CompanyMatch.CompaniesFirst);
}

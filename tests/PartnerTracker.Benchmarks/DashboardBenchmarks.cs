using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Microsoft.EntityFrameworkCore;
using PartnerTracker.Application.Features.Dashboard;
using PartnerTracker.Application.Features.Deals;
using PartnerTracker.Data;

namespace PartnerTracker.Benchmarks;

/// <summary>
/// Every figure of the unfiltered dashboard (DashboardService.GetAsync, exactly as the app runs it) beside the same
/// figures in hand-written SQL, on synthetic databases of 10k and 100k deals. EF Core is the baseline.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Throughput, launchCount: 1, warmupCount: 2, iterationCount: 8)]
public class DashboardBenchmarks
{
    /// <summary>A fixed "today", so that both sides count the same quarter's news.</summary>
    public static readonly DateTimeOffset Today = new(2025, 5, 15, 0, 0, 0, TimeSpan.Zero);

    private DashboardService service = null!;
    private string connectionString = "";

    [Params(10_000, 100_000)]
    public int Deals { get; set; }

    [GlobalSetup]
    public async Task SetupAsync()
    {
        await BenchmarkDatabase.EnsureAsync(Deals);
        service = Service(BenchmarkDatabase.ContextOptions(Deals));
        connectionString = BenchmarkDatabase.ConnectionString(Deals);

        var ef = await EfCore_Dashboard();
        SameDashboard.Ensure($"{Deals:N0} deals", ef, await RawSql_Dashboard());
        Console.WriteLine(
            $"{Deals:N0} deals: {ef.Totals.DealCount} deals, ${ef.Totals.DisclosedValueUsd:N0} disclosed, {ef.Totals.UndisclosedCount} undisclosed, "
            + $"{ef.ByQuarter.Count} quarter buckets, {ef.BySector.Count} sectors, {ef.ByCountry.Count} countries, "
            + $"{ef.NewThisQuarter} new and {ef.ChangedThisQuarter} changed in {ef.ThisQuarter.Label}.");
    }

    [Benchmark(Baseline = true)]
    public Task<DashboardData> EfCore_Dashboard() => service.GetAsync(DealFilter.None);

    [Benchmark]
    public Task<DashboardData> RawSql_Dashboard() => RawSqlDashboard.GetAsync(connectionString, service.ThisQuarter);

    public static DashboardService Service(DbContextOptions<PartnerTrackerDbContext> options) =>
        new(new ContextFactory(options), new FixedClock(Today));

    private sealed class ContextFactory(DbContextOptions<PartnerTrackerDbContext> options) : IDbContextFactory<PartnerTrackerDbContext>
    {
        public PartnerTrackerDbContext CreateDbContext() => new(options);
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}

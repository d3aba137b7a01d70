using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using PartnerTracker.Application.Features.Companies;
using PartnerTracker.Application.Features.Timelines;
using PartnerTracker.Data;

namespace PartnerTracker.Benchmarks;

/// <summary>
/// The busiest company's timeline (stage changes and announcements of its deals, its events; latest 200) through
/// EF Core, as the company page reads it, beside the same three queries written by hand.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Throughput, launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class CompanyTimelineBenchmarks
{
    private DbContextOptions<PartnerTrackerDbContext> efOptions = null!;
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
        companyId = CompanyPage.Busiest(connectionString);

        var ef = await EfCore_Timeline();
        var raw = await RawSql_Timeline();
        if (ef.Count != CompanyOverviewQueries.MaxRows || !ef.SequenceEqual(raw))
        {
            throw new InvalidOperationException($"Company {companyId}: {ef.Count} entries (EF Core) against {raw.Count} (raw SQL), or they differ.");
        }

        Console.WriteLine($"{Deals:N0} deals: company {companyId}'s timeline holds {ef.Count(t => t.Kind == TimelineKind.StageChange)} stage changes, "
            + $"{ef.Count(t => t.Kind == TimelineKind.Announced)} announcements, {ef.Count(t => t.Kind == TimelineKind.Event)} events.");
    }

    [Benchmark(Baseline = true)]
    public async Task<IReadOnlyList<TimelineItem>> EfCore_Timeline()
    {
        await using var db = new PartnerTrackerDbContext(efOptions);
        return await CompanyOverviewQueries.TimelineAsync(db, companyId);
    }

    [Benchmark]
    public async Task<IReadOnlyList<TimelineItem>> RawSql_Timeline()
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        return await RawSqlCompanyPage.TimelineAsync(connection, companyId);
    }
}

using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using PartnerTracker.Application.Features.Deals;
using PartnerTracker.Application.Features.Network;

namespace PartnerTracker.Benchmarks;

/// <summary>
/// The network page for the 500 most connected companies: its database part through EF Core (NetworkService, as the
/// app runs it) beside hand-written SQL, then the server-side layout of those 500 companies, then both together.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Throughput, launchCount: 1, warmupCount: 2, iterationCount: 8)]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory, BenchmarkLogicalGroupRule.ByParams)]
[CategoriesColumn]
public class NetworkBenchmarks
{
    public const int Top = NetworkService.MaxLimit;

    private const string Sql = "Database part";
    private const string Layout = "Layout";
    private const string Whole = "Whole build";

    private NetworkService service = null!;
    private string connectionString = "";
    private IReadOnlyList<NetworkCompanyRow> companies = [];
    private IReadOnlyList<NetworkEdge> edges = [];

    [Params(10_000, 100_000)]
    public int Deals { get; set; }

    [GlobalSetup]
    public async Task SetupAsync()
    {
        await BenchmarkDatabase.EnsureAsync(Deals);
        service = new NetworkService(new CompanyPage.ContextFactory(BenchmarkDatabase.ContextOptions(Deals)));
        connectionString = BenchmarkDatabase.ConnectionString(Deals);

        var ef = await EfCore_Sql();
        var raw = await RawSql_Sql();
        SameNetwork.Ensure($"{Deals:N0} deals", ef, raw);
        (companies, edges) = (ef.Companies, ef.Edges);
        if (companies.Count != Top || edges.Count == 0)
        {
            throw new InvalidOperationException($"{Deals:N0} deals: {companies.Count} companies and {edges.Count} edges; expected {Top} and some.");
        }

        Console.WriteLine($"{Deals:N0} deals: the {Top} most connected of {ef.CompaniesInFilter:N0} companies, {edges.Count:N0} edges.");
    }

    [Benchmark(Baseline = true), BenchmarkCategory(Sql)]
    public Task<(IReadOnlyList<NetworkCompanyRow> Companies, IReadOnlyList<NetworkEdge> Edges, int CompaniesInFilter)> EfCore_Sql() =>
        service.LoadAsync(DealFilter.None, Top);

    [Benchmark, BenchmarkCategory(Sql)]
    public Task<(IReadOnlyList<NetworkCompanyRow> Companies, IReadOnlyList<NetworkEdge> Edges, int CompaniesInFilter)> RawSql_Sql() =>
        RawSqlNetwork.LoadAsync(connectionString, Top);

    [Benchmark(Baseline = true), BenchmarkCategory(Layout)]
    public IReadOnlyList<NetworkNode> Layout_FR_200() => NetworkLayout.Place(companies, edges, 200);

    [Benchmark, BenchmarkCategory(Layout)]
    public IReadOnlyList<NetworkNode> Layout_FR_50() => NetworkLayout.Place(companies, edges, 50);

    [Benchmark(Baseline = true), BenchmarkCategory(Whole)]
    public Task<NetworkGraph> EfCore_Build() => service.BuildAsync(DealFilter.None, Top);
}

/// <summary>Throws unless EF Core and the hand-written SQL return the same network.</summary>
public static class SameNetwork
{
    public static void Ensure(
        string what,
        (IReadOnlyList<NetworkCompanyRow> Companies, IReadOnlyList<NetworkEdge> Edges, int CompaniesInFilter) ef,
        (IReadOnlyList<NetworkCompanyRow> Companies, IReadOnlyList<NetworkEdge> Edges, int CompaniesInFilter) raw)
    {
        if (ef.CompaniesInFilter != raw.CompaniesInFilter)
        {
            throw new InvalidOperationException($"{what}: {ef.CompaniesInFilter} companies (EF Core) against {raw.CompaniesInFilter} (raw SQL).");
        }

        if (!ef.Companies.SequenceEqual(raw.Companies))
        {
            throw new InvalidOperationException($"{what}: the kept companies differ.");
        }

        static IEnumerable<NetworkEdge> Ordered(IEnumerable<NetworkEdge> edges) =>
            edges.OrderBy(e => e.FromId).ThenBy(e => e.ToId).ThenBy(e => e.Kind).ThenBy(e => e.Potential);
        var pairs = Ordered(ef.Edges).Zip(Ordered(raw.Edges)).ToList();
        if (ef.Edges.Count != raw.Edges.Count)
        {
            throw new InvalidOperationException($"{what}: {ef.Edges.Count} edges (EF Core) against {raw.Edges.Count} (raw SQL).");
        }

        // Sums of REAL values may differ in the last digits with the order SQLite adds them in.
        foreach (var (a, b) in pairs)
        {
            var sameSum = a.ValueUsd is null == b.ValueUsd is null
                && (a.ValueUsd is null || Math.Abs(a.ValueUsd.Value - b.ValueUsd!.Value) <= Math.Max(1m, a.ValueUsd.Value * 1e-9m));
            if (a with { ValueUsd = null } != b with { ValueUsd = null } || !sameSum)
            {
                throw new InvalidOperationException($"{what}: edge {a} (EF Core) against {b} (raw SQL).");
            }
        }
    }
}

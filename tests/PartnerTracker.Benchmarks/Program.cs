using BenchmarkDotNet.Running;
using PartnerTracker.Benchmarks;

// `-- --explain` prints the SQL and SQLite's query plans instead of timing anything (docs/benchmarks.md).
if (args.Contains("--explain"))
{
    foreach (var deals in BenchmarkDatabase.CompaniesByDeals.Keys)
    {
        await QueryPlans.PrintAsync(deals, Console.Out);
    }

    return;
}

// Generated here, before BenchmarkDotNet starts its processes, so that the minutes this takes once show as
// progress here rather than inside the first benchmark's setup.
foreach (var deals in BenchmarkDatabase.CompaniesByDeals.Keys)
{
    await BenchmarkDatabase.EnsureAsync(deals);
}

BenchmarkSwitcher.FromAssembly(typeof(DealsListBenchmarks).Assembly).Run(args);

using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using PartnerTracker.Application.Common;
using PartnerTracker.Application.Features.Import;
using PartnerTracker.Data;

namespace PartnerTracker.Benchmarks;

/// <summary>
/// Importing a 10,000-row CSV of deals (DealImporter, exactly as the import page runs it) into a copy of the
/// synthetic 10k-deal database: reading and previewing the file, and the whole commit (read, preview again inside
/// the transaction, write). Each iteration starts from a fresh copy of the file, so every commit writes the same rows.
/// A write has no hand-written twin here: the measure is the bound of one minute.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class ImportBenchmarks
{
    public const int Rows = 10_000;

    /// <summary>Names no company has, each created by the import after a close-match search finds nothing close.</summary>
    public const int NewCompanies = 100;

    private byte[] csv = [];
    private string copy = "";

    [GlobalSetup]
    public async Task SetupAsync()
    {
        await BenchmarkDatabase.EnsureAsync(10_000);
        csv = await FileAsync();
        copy = Path.Combine(BenchmarkDatabase.Folder, $"import-target-{Environment.ProcessId}.db");
        FreshCopy();
        var outcome = await Commit();
        if (outcome is not ImportOutcome.Committed { Deals: Rows })
        {
            throw new InvalidOperationException($"The import did not commit {Rows} deals: {outcome}");
        }
    }

    [IterationSetup]
    public void FreshCopy()
    {
        SqliteConnection.ClearAllPools();
        File.Copy(BenchmarkDatabase.PathFor(10_000), copy, overwrite: true);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(copy);
    }

    [Benchmark(Description = "Read + preview 10,000 rows")]
    public async Task<ImportPreview> Preview()
    {
        var table = await ImportFileReader.ReadAsync(new MemoryStream(csv), "deals.csv");
        var preview = await Importer().PreviewAsync(table);
        return preview.CanCommit ? preview : throw new InvalidOperationException(preview.Blocker);
    }

    [Benchmark(Description = "Read + commit 10,000 rows")]
    public async Task<ImportOutcome> Commit()
    {
        var table = await ImportFileReader.ReadAsync(new MemoryStream(csv), "deals.csv");
        return await Importer().CommitAsync(table, new Dictionary<string, CompanyChoice>());
    }

    private DealImporter Importer() => new(new Contexts(copy), new BenchmarkUser(), TimeProvider.System);

    /// <summary>
    /// 10,000 deals: three participants each, two of them existing companies by exact name, the third one of
    /// <see cref="NewCompanies"/> unknown names; half valued in USD, a quarter in EUR at one dated rate, a quarter
    /// undisclosed; announced dates of every precision.
    /// </summary>
    private static async Task<byte[]> FileAsync()
    {
        await using var db = new PartnerTrackerDbContext(BenchmarkDatabase.ContextOptions(10_000));
        var names = await db.Companies.OrderBy(c => c.Id).Select(c => c.Name).ToListAsync();
        var text = new StringBuilder("Name,Kind,Stage,Verification,Value qualifier,Value amount,Value currency,Rate to USD,Rate date,Rate source,Announced,Announced precision,Participants\r\n");
        string[] dates = ["2024-03-05,Day", "2024-06-01,Month", "Q3 2024,", "H2 2024,", "2023,"];
        for (var i = 0; i < Rows; i++)
        {
            var value = (i % 4) switch
            {
                0 or 1 => $"Exact,{(i + 1) * 1000},USD,,,",
                2 => $"UpTo,{(i + 1) * 500},EUR,1.08,2024-01-02,ECB reference rate",
                _ => "Undisclosed,,,,,",
            };
            var participants = $"{names[i % names.Count]} (Customer); {names[(i * 7 + 3) % names.Count]} (Supplier); Zyxwv Imported {i % NewCompanies:000} Qqq (Investor)";
            text.Append(CultureInfo.InvariantCulture, $"Imported benchmark deal {i:00000},Supply,Announced,Reported,{value},{dates[i % dates.Length]},\"{participants}\"\r\n");
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private sealed class Contexts(string path) : IDbContextFactory<PartnerTrackerDbContext>
    {
        private readonly DbContextOptions<PartnerTrackerDbContext> options = new DbContextOptionsBuilder<PartnerTrackerDbContext>()
            .UsePartnerTracker(DatabaseProvider.Sqlite, new SqliteConnectionStringBuilder { DataSource = path }.ToString()).Options;

        public PartnerTrackerDbContext CreateDbContext() => new(options);
    }

    private sealed class BenchmarkUser : ICurrentUser
    {
        public string Name => "benchmark";

        public bool CanWrite => true;

        public bool IsInRole(string role) => role == Roles.Analyst;
    }
}

using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using PartnerTracker.Data;
using PartnerTracker.Synthetic;

namespace PartnerTracker.Benchmarks;

/// <summary>
/// The synthetic SQLite files the benchmarks read, one per size, generated once and cached in the temp folder:
/// generating 100k deals takes minutes, and every benchmark process would otherwise pay for it again.
/// </summary>
public static class BenchmarkDatabase
{
    /// <summary>The sizes measured: deals, and the companies taking part in them.</summary>
    public static readonly IReadOnlyDictionary<int, int> CompaniesByDeals = new Dictionary<int, int>
    {
        [10_000] = 2_000,
        [100_000] = 10_000,
    };

    public static string Folder { get; } = Path.Combine(Path.GetTempPath(), "partnertracker-bench");

    /// <summary>Read-only, so no benchmark can change the data another one measures.</summary>
    public static string ConnectionString(int deals) =>
        new SqliteConnectionStringBuilder { DataSource = PathFor(deals), Mode = SqliteOpenMode.ReadOnly }.ToString();

    public static DbContextOptions<PartnerTrackerDbContext> ContextOptions(int deals) =>
        new DbContextOptionsBuilder<PartnerTrackerDbContext>().UsePartnerTracker(DatabaseProvider.Sqlite, ConnectionString(deals)).Options;

    /// <summary>
    /// The file name carries everything the data depends on; after changing the generator, delete the folder.
    /// </summary>
    public static string PathFor(int deals) =>
        Path.Combine(Folder, $"deals-{deals}-companies-{Companies(deals)}-seed-{SyntheticDataOptions.DefaultSeed}.db");

    /// <summary>Generates the database for <paramref name="deals"/> unless a finished one is cached.</summary>
    public static async Task EnsureAsync(int deals, CancellationToken cancellationToken = default)
    {
        var path = PathFor(deals);
        if (File.Exists(path))
        {
            // A file cached before a schema change gets the new migrations, as the app's own database would.
            await using var cached = new PartnerTrackerDbContext(WritableOptions(path));
            await cached.Database.MigrateAsync(cancellationToken);
            return;
        }

        Directory.CreateDirectory(Folder);

        // Built under another name and renamed when complete, so an interrupted run never leaves a half-filled file
        // that a later run would take for finished.
        var building = $"{path}.{Environment.ProcessId}.building";
        var clock = Stopwatch.StartNew();
        Console.WriteLine($"Generating {deals:N0} deals into {path} (once; later runs reuse it)...");
        await using (var db = new PartnerTrackerDbContext(WritableOptions(building)))
        {
            await db.Database.MigrateAsync(cancellationToken);

            // No ANALYZE afterwards: the app never runs it, so the planner works without statistics here too.
            await SyntheticDataGenerator.GenerateAsync(db, new SyntheticDataOptions { Companies = Companies(deals), Deals = deals }, cancellationToken);
        }

        File.Move(building, path, overwrite: true);
        Console.WriteLine($"Generated {deals:N0} deals in {clock.Elapsed.TotalSeconds:N0} s.");
    }

    private static DbContextOptions<PartnerTrackerDbContext> WritableOptions(string file) =>
        new DbContextOptionsBuilder<PartnerTrackerDbContext>()
            .UsePartnerTracker(DatabaseProvider.Sqlite, new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString())
            .Options;

    private static int Companies(int deals) =>
        CompaniesByDeals.TryGetValue(deals, out var companies)
            ? companies
            : throw new ArgumentOutOfRangeException(nameof(deals), deals, $"No benchmark size of {deals} deals; known: {string.Join(", ", CompaniesByDeals.Keys)}.");
}

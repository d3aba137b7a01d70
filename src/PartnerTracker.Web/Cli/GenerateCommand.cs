using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PartnerTracker.Data;
using PartnerTracker.Synthetic;

namespace PartnerTracker.Web.Cli;

/// <summary>
/// `generate --output FILE [--deals N] [--companies N] [--seed N]`: fills a separate SQLite file with deterministic
/// synthetic data for scale tests and benchmarks. It never touches the app's configured database: the file is
/// named on the command line, and one that already holds data is refused.
/// </summary>
public static class GenerateCommand
{
    public const string Verb = "generate";
    public const int MaxDeals = 1_000_000;

    public const string Usage = "Usage: generate --output FILE.db [--deals N (default 10000)] [--companies N (default 2000)] [--seed N]";

    /// <returns>0 on success; 2 when the arguments are wrong or the file already holds data (nothing is written).</returns>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        if (!TryParse(args, out var file, out var options, out var problem))
        {
            await error.WriteLineAsync($"{problem}\n{Usage}");
            return 2;
        }

        var path = Path.GetFullPath(file);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var db = new PartnerTrackerDbContext(new DbContextOptionsBuilder<PartnerTrackerDbContext>()
            .UsePartnerTracker(DatabaseProvider.Sqlite, $"Data Source={path}").Options);
        await using (db)
        {
            await db.Database.MigrateAsync(cancellationToken);
            try
            {
                await SyntheticDataGenerator.GenerateAsync(db, options, cancellationToken);
            }
            catch (InvalidOperationException ex)
            {
                await error.WriteLineAsync($"{path}: {ex.Message}");
                return 2;
            }
        }

        await output.WriteLineAsync($"Wrote {options.Companies:N0} companies and {options.Deals:N0} deals (seed {options.Seed}) to {path}.");
        return 0;
    }

    private static bool TryParse(IReadOnlyList<string> args, out string file, out SyntheticDataOptions options, out string problem)
    {
        (file, options, problem) = ("", new SyntheticDataOptions(), "");
        for (var i = 0; i < args.Count; i += 2)
        {
            var value = i + 1 < args.Count ? args[i + 1] : null;
            if (value is null)
            {
                problem = $"{args[i]} needs a value.";
                return false;
            }

            switch (args[i])
            {
                case "--output":
                    file = value;
                    break;
                case "--deals" when Count(value, 1, MaxDeals) is { } deals:
                    options = options with { Deals = deals };
                    break;
                case "--companies" when Count(value, 2, MaxDeals) is { } companies:
                    options = options with { Companies = companies };
                    break;
                case "--seed" when int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seed):
                    options = options with { Seed = seed };
                    break;
                default:
                    problem = $"'{args[i]} {value}' is not an option this verb takes, or its value is out of range.";
                    return false;
            }
        }

        problem = string.IsNullOrWhiteSpace(file) ? "Name the file to fill with --output; the app's own database is never used." : "";
        return problem.Length == 0;
    }

    private static int? Count(string text, int min, int max) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max ? n : null;
}

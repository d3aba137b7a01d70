using Bogus;
using Microsoft.EntityFrameworkCore;
using PartnerTracker.Data;

namespace PartnerTracker.Synthetic;

/// <summary>
/// Fills an empty database with realistic, repeatable fake deals for benchmarks and load tests: the same options
/// always give the same rows (only the concurrency tokens, which the context regenerates on every save, differ).
/// It refuses a database that already holds data, so it can never mix fake deals into real ones.
/// </summary>
public static class SyntheticDataGenerator
{
    /// <summary>Who recorded every synthetic stage change; also tells synthetic rows from real ones.</summary>
    public const string RecordedBy = "synthetic";

    /// <exception cref="InvalidOperationException">The database already holds deals or companies.</exception>
    public static async Task GenerateAsync(PartnerTrackerDbContext db, SyntheticDataOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Companies, SyntheticDataOptions.MinimumCompanies, nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegative(options.Deals, nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.BatchSize, nameof(options));

        // One seeded randomizer drives every draw, Bogus's own data sets included; no clock is ever read.
        var faker = new Faker("en") { Random = new Randomizer(options.Seed) };
        var detectChanges = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            // One transaction: a cancelled or failed run leaves the database as empty as it found it.
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await RefuseNonEmptyAsync(db, cancellationToken);

            var companies = await SyntheticCompanies.AddAsync(db, faker, options.Companies, cancellationToken);
            var rates = await SyntheticFxRates.AddAsync(db, faker.Random, cancellationToken);
            var sources = await SyntheticSources.AddAsync(db, faker, options.Deals, cancellationToken);
            db.ChangeTracker.Clear();

            var deals = new SyntheticDeals(faker, companies, rates, sources);
            for (var written = 0; written < options.Deals; written += options.BatchSize)
            {
                db.Deals.AddRange(deals.Next(Math.Min(options.BatchSize, options.Deals - written)));
                await db.SaveChangesAsync(cancellationToken);

                // Saved rows are not needed again; dropping them keeps memory flat however many deals are asked for.
                db.ChangeTracker.Clear();
            }

            await transaction.CommitAsync(cancellationToken);
        }
        finally
        {
            db.ChangeTracker.Clear();
            db.ChangeTracker.AutoDetectChangesEnabled = detectChanges;
        }
    }

    private static async Task RefuseNonEmptyAsync(PartnerTrackerDbContext db, CancellationToken cancellationToken)
    {
        if (await db.Deals.AnyAsync(cancellationToken) || await db.Companies.AnyAsync(cancellationToken))
        {
            throw new InvalidOperationException(
                "The synthetic data generator only fills an empty database, and this one already holds deals or companies. "
                + "Point it at a separate database (a new SQLite file, migrated) so fake deals never mix with real ones.");
        }
    }
}

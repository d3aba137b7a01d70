using PartnerTracker.Application.Features.Dashboard;
using PartnerTracker.Domain;
using PartnerTracker.TestSupport;

namespace PartnerTracker.Application.Tests.Dashboard;

public sealed class DashboardServiceTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Article_data_sums_only_disclosed_values_and_counts_the_rest()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();

        var summary = await new DashboardService(database).GetSummaryAsync(Cancel);

        // Four deals; only Stargate's $500 billion is disclosed. The other three are counted, not summed as zero.
        Assert.Equal(new DashboardSummary(4, 500_000_000_000m, 3, 11, summary.CitationCount, 1), summary);
        Assert.True(summary.CitationCount >= 30);
    }

    [Fact]
    public async Task Empty_database_gives_zeros()
    {
        await using var database = await SqliteTestDatabase.CreateAsync(seeded: false);

        Assert.Equal(new DashboardSummary(0, 0, 0, 0, 0, 0), await new DashboardService(database).GetSummaryAsync(Cancel));
    }

    [Fact]
    public async Task Values_add_up_across_deals_in_the_database()
    {
        await using var database = await SqliteTestDatabase.CreateAsync(seeded: false);
        await using (var db = database.CreateDbContext())
        {
            var usd = new FxRate { CurrencyCode = "USD", Date = new DateOnly(2025, 1, 1), RateToUsd = 1m, Source = "identity" };
            db.Deals.AddRange(
                new Deal { Name = "A", Value = new Money(1.25m, "USD", MoneyQualifier.Exact), ValueUsd = 1.25m, FxRate = usd },
                new Deal { Name = "B", Value = new Money(2_000_000m, "USD", MoneyQualifier.UpTo), ValueUsd = 2_000_000m, FxRate = usd },
                new Deal { Name = "C", Value = Money.Undisclosed() });
            await db.SaveChangesAsync(Cancel);
        }

        var summary = await new DashboardService(database).GetSummaryAsync(Cancel);

        Assert.Equal(3, summary.DealCount);
        Assert.Equal(2_000_001.25m, summary.DisclosedValueUsd);
        Assert.Equal(1, summary.UndisclosedCount);
    }
}

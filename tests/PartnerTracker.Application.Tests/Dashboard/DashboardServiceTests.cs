using PartnerTracker.Application.Features.Dashboard;
using PartnerTracker.Application.Features.Deals;
using PartnerTracker.Domain;
using PartnerTracker.TestSupport;

namespace PartnerTracker.Application.Tests.Dashboard;

/// <summary>
/// Every dashboard figure on <see cref="DashboardFixture"/>, compared with the numbers worked out by hand from the
/// table in its summary. Values are the stored USD figures (each at its deal's dated rate); undisclosed values are
/// counted, never summed.
/// </summary>
public sealed class DashboardServiceTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static DashboardService Service(SqliteTestDatabase database) => new(database, new FixedClock(DashboardFixture.Today));

    [Fact]
    public async Task Totals_sum_disclosed_usd_count_the_undisclosed_and_mark_qualified_values()
    {
        await using var database = await DashboardFixture.CreateAsync();

        var data = await Service(database).GetAsync(DealFilter.None, Cancel);

        // 100m (D1) + 700m (D2: up to KRW 1 trillion at 0.0007) + 210m (D3: approx. EUR 200m at 1.05) = 1,010m.
        // D4 (undisclosed) and D5 (no value) are counted, not summed. "Up to"/approx.: D2, D3; estimated: D3.
        // Confirmed D1, D4, D5; reported D2; rumored D3.
        Assert.Equal(new DealTotals(5, 1_010_000_000m, 2, 2, 1, 3, 1, 1), data.Totals);
        Assert.Equal(3, data.Totals.DisclosedCount);
    }

    [Fact]
    public async Task New_and_changed_this_quarter_go_by_the_dates_precision()
    {
        await using var database = await DashboardFixture.CreateAsync();

        var data = await Service(database).GetAsync(DealFilter.None, Cancel);

        // Today is 15 May 2025: Q2 2025. New: D2 (April 2025); D4 (H1 2025) cannot be placed in Q2.
        // Changed: D1 (Announced→Signed on 20 April) and D5 (Signed→Active on 2 May); D4's H1 change is too coarse,
        // and D2's first recorded stage in April is no change.
        Assert.Equal(Period.InQuarter(2025, 2), data.ThisQuarter);
        Assert.Equal(1, data.NewThisQuarter);
        Assert.Equal(2, data.ChangedThisQuarter);
    }

    [Fact]
    public async Task By_kind_and_by_stage()
    {
        await using var database = await DashboardFixture.CreateAsync();

        var data = await Service(database).GetAsync(DealFilter.None, Cancel);

        Assert.Equal(
            [
                new DealSlice<DealKind>(DealKind.Investment, 1, 210_000_000m, 0, 1),
                new DealSlice<DealKind>(DealKind.JointVenture, 2, 100_000_000m, 1, 0),
                new DealSlice<DealKind>(DealKind.Licensing, 1, 0m, 1, 0),
                new DealSlice<DealKind>(DealKind.Supply, 1, 700_000_000m, 0, 1),
            ],
            data.ByKind.OrderBy(s => s.Key.ToString(), StringComparer.Ordinal));
        Assert.Equal(
            [
                new DealSlice<DealStage>(DealStage.Rumored, 1, 210_000_000m, 0, 1),
                new DealSlice<DealStage>(DealStage.InTalks, 1, 0m, 1, 0),
                new DealSlice<DealStage>(DealStage.Announced, 1, 700_000_000m, 0, 1),
                new DealSlice<DealStage>(DealStage.Signed, 1, 100_000_000m, 0, 0),
                new DealSlice<DealStage>(DealStage.Active, 1, 0m, 1, 0),
            ],
            data.ByStage.OrderBy(s => s.Key));
    }

    [Fact]
    public async Task By_quarter_puts_half_year_and_year_only_dates_in_their_own_bucket_and_undated_deals_apart()
    {
        await using var database = await DashboardFixture.CreateAsync();

        var data = await Service(database).GetAsync(DealFilter.None, Cancel);

        // Q1: D1. Q2: D2 (April). 2025 known only to the half-year or year: D3 (2025) and D4 (H1 2025), not Q1.
        // No date: D5.
        Assert.Equal(
            [
                new DealSlice<Period>(Period.InQuarter(2025, 1), 1, 100_000_000m, 0, 0),
                new DealSlice<Period>(Period.InQuarter(2025, 2), 1, 700_000_000m, 0, 1),
                new DealSlice<Period>(Period.YearOnly(2025), 2, 210_000_000m, 1, 1),
                new DealSlice<Period>(Period.Undated, 1, 0m, 1, 0),
            ],
            data.ByQuarter);
    }

    [Fact]
    public async Task By_sector_and_by_country_count_each_deal_once_per_bucket()
    {
        await using var database = await DashboardFixture.CreateAsync();

        var data = await Service(database).GetAsync(DealFilter.None, Cancel);

        // Semiconductors: Alpha (D1, D3, D4) and Gamma (D1, D3) = D1, D3, D4. Software: Beta = D1, D2, D5.
        // No sector: Delta = D2, D4.
        Assert.Equal(
            [
                new DealSlice<string?>("Semiconductors", 3, 310_000_000m, 1, 1),
                new DealSlice<string?>("Software", 3, 800_000_000m, 1, 1),
                new DealSlice<string?>(null, 2, 700_000_000m, 1, 1),
            ],
            data.BySector.OrderByDescending(s => s.DealCount).ThenBy(s => s.Key is null).ThenBy(s => s.Key, StringComparer.Ordinal));

        // KR: D4's own country, Beta (D1, D2, D5), Delta (D2, D4) = D1, D2, D4, D5. US: D1's own and Alpha's
        // (D1, D3, D4), D1 once. JP: Gamma = D1, D3.
        Assert.Equal(
            [
                new DealSlice<string?>("KR", 4, 800_000_000m, 2, 1),
                new DealSlice<string?>("US", 3, 310_000_000m, 1, 1),
                new DealSlice<string?>("JP", 2, 310_000_000m, 0, 1),
            ],
            data.ByCountry);
    }

    [Fact]
    public async Task Top_companies_count_a_deal_once_and_say_which_are_only_rumored()
    {
        await using var database = await DashboardFixture.CreateAsync();
        var ids = await CompanyIdsAsync(database);

        var data = await Service(database).GetAsync(DealFilter.None, Cancel);

        // Alpha: D1, D3, D4 (two roles, counted once); only rumored in D3 (D4 has a confirmed role).
        // Gamma: D1 and D3, both only rumored.
        Assert.Equal(
            [
                new CompanyFigure(ids["Alpha"], "Alpha", 3, 1, 310_000_000m, 1),
                new CompanyFigure(ids["Beta"], "Beta", 3, 0, 800_000_000m, 1),
                new CompanyFigure(ids["Delta"], "Delta", 2, 0, 700_000_000m, 1),
                new CompanyFigure(ids["Gamma"], "Gamma", 2, 2, 310_000_000m, 0),
            ],
            data.TopByDeals);
        Assert.Equal(["Beta", "Delta", "Alpha", "Gamma"], data.TopByValue.Select(c => c.Name));
        Assert.Equal([800_000_000m, 700_000_000m, 310_000_000m, 310_000_000m], data.TopByValue.Select(c => c.ValueUsd));
    }

    [Fact]
    public async Task Largest_deals_show_the_value_as_announced_and_its_citations()
    {
        await using var database = await DashboardFixture.CreateAsync();

        var data = await Service(database).GetAsync(DealFilter.None, Cancel);

        Assert.Equal(
            [
                ("D2 Beta–Delta supply", 700_000_000m, (decimal?)1_000_000_000_000m, "KRW", (MoneyQualifier?)MoneyQualifier.UpTo, (bool?)false, (DateOnly?)new DateOnly(2025, 2, 1), 1),
                ("D3 Gamma investment", 210_000_000m, 200_000_000m, "EUR", MoneyQualifier.Approximately, true, new DateOnly(2024, 11, 1), 0),
                ("D1 Alpha–Beta JV", 100_000_000m, 100_000_000m, "USD", MoneyQualifier.Exact, false, new DateOnly(2025, 1, 1), 0),
            ],
            data.LargestDeals.Select(d => (d.Name, d.ValueUsd, d.Amount, d.Currency, d.Qualifier, d.IsEstimated, d.FxRateDate, d.ValueCitationCount)));
    }

    [Fact]
    public async Task Recent_stage_changes_latest_first_with_their_precision()
    {
        await using var database = await DashboardFixture.CreateAsync();

        var data = await Service(database).GetAsync(DealFilter.None, Cancel);

        Assert.Equal(
            [
                ("D5 Beta licensing", "2025-05-02"),
                ("D1 Alpha–Beta JV", "2025-04-20"),
                ("D2 Beta–Delta supply", "Apr 2025"),
                ("D1 Alpha–Beta JV", "2025-02-10"),
                ("D4 Alpha–Delta JV", "H1 2025"),
                ("D4 Alpha–Delta JV", "2025"),
            ],
            data.RecentStageChanges.Select(s => (s.DealName, PartialDate.Format(s.EffectiveOnStart, s.EffectiveOnPrecision))));
    }

    [Fact]
    public async Task A_filter_narrows_every_widget()
    {
        await using var database = await DashboardFixture.CreateAsync();
        var ids = await CompanyIdsAsync(database);

        var data = await Service(database).GetAsync(new DealFilter { Kinds = [DealKind.JointVenture] }, Cancel);

        // D1 and D4 only.
        Assert.Equal(new DealTotals(2, 100_000_000m, 1, 0, 0, 2, 0, 0), data.Totals);
        Assert.Equal([new DealSlice<DealKind>(DealKind.JointVenture, 2, 100_000_000m, 1, 0)], data.ByKind);
        Assert.Equal([Period.InQuarter(2025, 1), Period.YearOnly(2025)], data.ByQuarter.Select(s => s.Key));
        Assert.Equal(
            [("Semiconductors", 2), ("Software", 1), (null, 1)],
            data.BySector.Select(s => (s.Key, s.DealCount)).OrderByDescending(s => s.DealCount).ThenBy(s => s.Key is null));
        Assert.Equal(
            [new CompanyFigure(ids["Alpha"], "Alpha", 2, 0, 100_000_000m, 1)],
            data.TopByDeals.Take(1));
        Assert.Equal(["Beta", "Delta", "Gamma"], data.TopByDeals.Skip(1).Select(c => c.Name));
        Assert.Equal(["D1 Alpha–Beta JV"], data.LargestDeals.Select(d => d.Name));
        Assert.All(data.RecentStageChanges, s => Assert.Contains(s.DealName, new[] { "D1 Alpha–Beta JV", "D4 Alpha–Delta JV" }));
        Assert.Equal(0, data.NewThisQuarter);
        Assert.Equal(1, data.ChangedThisQuarter);
    }

    [Fact]
    public async Task Every_bucket_drills_down_to_exactly_the_deals_it_counted()
    {
        await using var database = await DashboardFixture.CreateAsync();
        var service = Service(database);
        var data = await service.GetAsync(DealFilter.None, Cancel);

        async Task<int> Listed(DealFilter filter)
        {
            await using var db = database.CreateDbContext();
            return DealQueries.List(db, filter).Count();
        }

        foreach (var slice in data.ByKind)
        {
            Assert.Equal(slice.DealCount, await Listed(new DealFilter { Kinds = [slice.Key] }));
        }

        foreach (var slice in data.ByStage)
        {
            Assert.Equal(slice.DealCount, await Listed(new DealFilter { Stages = [slice.Key] }));
        }

        foreach (var slice in data.ByQuarter)
        {
            Assert.Equal(slice.DealCount, await Listed(new DealFilter { AnnouncedIn = slice.Key }));
        }

        foreach (var slice in data.BySector.Where(s => s.Key is not null))
        {
            Assert.Equal(slice.DealCount, await Listed(new DealFilter { Sector = slice.Key }));
        }

        foreach (var slice in data.ByCountry)
        {
            Assert.Equal(slice.DealCount, await Listed(new DealFilter { CountryCode = slice.Key }));
        }

        foreach (var company in data.TopByDeals)
        {
            Assert.Equal(company.DealCount, await Listed(new DealFilter { CompanyId = company.CompanyId }));
        }

        Assert.Equal(data.Totals.UndisclosedCount, await Listed(new DealFilter { ValueDisclosed = false }));
        Assert.Equal(data.Totals.DisclosedCount, await Listed(new DealFilter { ValueDisclosed = true }));
        Assert.Equal(data.Totals.ConfirmedCount, await Listed(new DealFilter { Verifications = [Verification.Confirmed] }));
        Assert.Equal(data.NewThisQuarter, await Listed(new DealFilter { AnnouncedIn = data.ThisQuarter }));
        Assert.Equal(data.ChangedThisQuarter, await Listed(new DealFilter { ChangedIn = data.ThisQuarter }));
        Assert.Equal(1, await Listed(new DealFilter { ChangedIn = Period.YearOnly(2025) })); // D4's H1 change
        Assert.Equal(0, await Listed(new DealFilter { ChangedIn = Period.Undated }));
    }

    [Fact]
    public async Task Article_data_shows_Stargate_as_the_only_disclosed_value()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();

        var data = await new DashboardService(database, TimeProvider.System).GetAsync(DealFilter.None, Cancel);

        Assert.Equal(4, data.Totals.DealCount);
        Assert.Equal(500_000_000_000m, data.Totals.DisclosedValueUsd);
        Assert.Equal(3, data.Totals.UndisclosedCount);
        Assert.Equal(("Stargate", 500_000_000_000m), data.LargestDeals.Select(d => (d.Name, d.ValueUsd)).Single());
        Assert.Equal(new DealSlice<DealKind>(DealKind.JointVenture, 1, 500_000_000_000m, 0, 0), data.ByKind.Single(s => s.Key == DealKind.JointVenture));
    }

    [Fact]
    public async Task Empty_database_gives_zeros_and_no_buckets()
    {
        await using var database = await SqliteTestDatabase.CreateAsync(seeded: false);

        var data = await Service(database).GetAsync(DealFilter.None, Cancel);

        Assert.Equal(DealTotals.Empty, data.Totals);
        Assert.Empty(data.ByKind);
        Assert.Empty(data.ByQuarter);
        Assert.Empty(data.TopByDeals);
        Assert.Empty(data.RecentStageChanges);
    }

    private static async Task<Dictionary<string, int>> CompanyIdsAsync(SqliteTestDatabase database)
    {
        await using var db = database.CreateDbContext();
        return db.Companies.ToDictionary(c => c.Name, c => c.Id);
    }
}

using PartnerTracker.Application.Features.Dashboard;

namespace PartnerTracker.Benchmarks;

/// <summary>Throws unless two dashboards hold the same figures, part by part, money to the cent.</summary>
public static class SameDashboard
{
    public static void Ensure(string what, DashboardData expected, DashboardData actual)
    {
        Same(what, "totals", [Round(expected.Totals)], [Round(actual.Totals)]);
        Same(what, "new and changed", [(expected.ThisQuarter, expected.NewThisQuarter, expected.ChangedThisQuarter)], [(actual.ThisQuarter, actual.NewThisQuarter, actual.ChangedThisQuarter)]);
        Same(what, "by kind", expected.ByKind.Select(Round), actual.ByKind.Select(Round));
        Same(what, "by stage", expected.ByStage.Select(Round), actual.ByStage.Select(Round));
        Same(what, "by sector", expected.BySector.Select(Round), actual.BySector.Select(Round));
        Same(what, "by country", expected.ByCountry.Select(Round), actual.ByCountry.Select(Round));
        Same(what, "by quarter", expected.ByQuarter.Select(Round), actual.ByQuarter.Select(Round));
        Same(what, "top by deals", expected.TopByDeals.Select(Round), actual.TopByDeals.Select(Round));
        Same(what, "top by value", expected.TopByValue.Select(Round), actual.TopByValue.Select(Round));
        Same(what, "largest deals", expected.LargestDeals, actual.LargestDeals);
        Same(what, "stage changes", expected.RecentStageChanges, actual.RecentStageChanges);
        if (expected.ByKind.Count == 0 || expected.TopByDeals.Count == 0 || expected.RecentStageChanges.Count == 0)
        {
            throw new InvalidOperationException($"{what}: a part is empty; the comparison would prove nothing.");
        }
    }

    // Sums of REAL columns can differ in the last bits with the order SQLite adds them in.
    private static decimal Cents(decimal value) => Math.Round(value, 2);

    private static DealTotals Round(DealTotals t) => t with { DisclosedValueUsd = Cents(t.DisclosedValueUsd) };

    private static DealSlice<T> Round<T>(DealSlice<T> s) => s with { ValueUsd = Cents(s.ValueUsd) };

    private static CompanyFigure Round(CompanyFigure c) => c with { ValueUsd = Cents(c.ValueUsd) };

    private static void Same<T>(string what, string part, IEnumerable<T> expected, IEnumerable<T> actual)
    {
        var (e, a) = (expected.ToList(), actual.ToList());
        for (var i = 0; i < Math.Max(e.Count, a.Count); i++)
        {
            var (x, y) = (i < e.Count ? (object?)e[i] : "(none)", i < a.Count ? (object?)a[i] : "(none)");
            if (!Equals(x, y))
            {
                throw new InvalidOperationException($"{what}, {part}, row {i}: EF Core {x} but raw SQL {y}.");
            }
        }
    }
}

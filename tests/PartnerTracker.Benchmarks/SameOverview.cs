using PartnerTracker.Application.Features.Companies;
using PartnerTracker.Application.Features.Timelines;

namespace PartnerTracker.Benchmarks;

/// <summary>
/// Proof, before anything is timed, that EF Core and the hand-written SQL return the same company page: part by
/// part, the same rows in the same order. Where the app's order is not total (rows tying on every sort key), the
/// rows of each tie are compared as a multiset, and the sort keys still position by position.
/// </summary>
public static class SameOverview
{
    // SQLite compares the name columns with NOCASE: two names differing only in case tie there too.
    private static readonly StringComparer Names = StringComparer.OrdinalIgnoreCase;

    /// <exception cref="InvalidOperationException">The two pages differ.</exception>
    public static void Ensure(string what, CompanyOverview? efCore, CompanyOverview? rawSql)
    {
        if (efCore is null || rawSql is null)
        {
            if (efCore is not null || rawSql is not null)
            {
                throw new InvalidOperationException($"{what}: EF Core finds {efCore?.Profile.ToString() ?? "no company"}, the raw SQL {rawSql?.Profile.ToString() ?? "no company"}.");
            }

            return;
        }

        if (efCore.Profile != rawSql.Profile)
        {
            throw new InvalidOperationException($"{what}, profile: EF Core {efCore.Profile}, raw SQL {rawSql.Profile}.");
        }

        // Aliases, subsidiaries and partners sort on unique values (names are unique case-insensitively), quotes by id.
        Rows($"{what}, aliases", efCore.Aliases, rawSql.Aliases, (a, b) => Names.Equals(a, b));
        Rows($"{what}, subsidiaries", efCore.Subsidiaries, rawSql.Subsidiaries, (a, b) => Names.Equals(a.Name, b.Name));
        Rows($"{what}, deals", efCore.Deals, rawSql.Deals, DealTie);
        Rows($"{what}, partners", efCore.Partners, rawSql.Partners, PartnerTie);
        Rows($"{what}, people", efCore.People, rawSql.People, (a, b) => Names.Equals(a.Name, b.Name));
        Rows($"{what}, timeline", efCore.Timeline, rawSql.Timeline, TimelineTie);
        Rows($"{what}, quotes", efCore.Quotes, rawSql.Quotes, (_, _) => false);
    }

    /// <summary>Deals sort by deal name, then role: a company's two deals of the same name in the same role tie.</summary>
    public static bool DealTie(CompanyDealRole a, CompanyDealRole b) => Names.Equals(a.DealName, b.DealName) && a.Role == b.Role;

    /// <summary>Partners sort by shared deals, most first, then by name.</summary>
    public static bool PartnerTie(CompanyPartner a, CompanyPartner b) => a.SharedDeals == b.SharedDeals && Names.Equals(a.Name, b.Name);

    /// <summary>The timeline sorts by date alone, latest first: everything on one day ties.</summary>
    public static bool TimelineTie(TimelineItem a, TimelineItem b) => a.Start == b.Start;

    /// <param name="tie">True when the app's ORDER BY cannot tell two rows apart, so either may come first.</param>
    /// <exception cref="InvalidOperationException">The two lists differ.</exception>
    public static void Rows<T>(string what, IReadOnlyList<T> efCore, IReadOnlyList<T> rawSql, Func<T, T, bool> tie)
    {
        if (efCore.Count != rawSql.Count)
        {
            throw new InvalidOperationException($"{what}: EF Core returns {efCore.Count} rows, the raw SQL {rawSql.Count}.");
        }

        // Each run of rows tying on the sort keys in EF Core's list must hold the same rows (records: every column
        // equal) as the same positions of the raw SQL list, in any order.
        for (var start = 0; start < efCore.Count;)
        {
            var end = start + 1;
            while (end < efCore.Count && tie(efCore[start], efCore[end]))
            {
                end++;
            }

            var expected = efCore.Skip(start).Take(end - start).ToList();
            for (var i = start; i < end; i++)
            {
                if (!expected.Remove(rawSql[i]))
                {
                    throw new InvalidOperationException(
                        $"{what}: row {i} differs: raw SQL {rawSql[i]}, EF Core {efCore[i]}"
                        + (end - start > 1 ? $" (rows {start}-{end - 1} tie on the sort keys and may come in any order)." : "."));
                }
            }

            start = end;
        }
    }
}

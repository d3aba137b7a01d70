using Microsoft.EntityFrameworkCore;
using PartnerTracker.Application.Features.Deals;
using PartnerTracker.Data;
using PartnerTracker.Domain;

namespace PartnerTracker.Application.Features.Dashboard;

/// <summary>
/// The dashboard's figures as composable queries over <see cref="DealQueries.List"/>, so every widget counts exactly
/// the deals its drill-down lists. Each is one aggregate SQL query (GROUP BY in the database, nothing summed in
/// memory), and the SQL Server translation harness translates the very same expressions.
/// </summary>
public static class DashboardQueries
{
    public const int TopCompanies = 10;
    public const int LargestDealCount = 5;
    public const int FeedLength = 10;

    /// <summary>Deal count, disclosed USD total and what it leaves out or qualifies, in one query (no row when no deal matches).</summary>
    public static IQueryable<DealTotals> Totals(PartnerTrackerDbContext db, DealFilter filter) =>
        // Grouped twice for the same reason as Slices: the owned money columns only in the first GROUP BY's key.
        DealQueries.List(db, filter)
            .GroupBy(d => new
            {
                d.Verification,
                Undisclosed = d.ValueUsd == null,
                Qualified = d.ValueUsd != null && d.Value!.Qualifier != MoneyQualifier.Exact,
                Estimated = d.ValueUsd != null && d.Value!.IsEstimated,
            })
            .Select(g => new { g.Key.Verification, g.Key.Undisclosed, g.Key.Qualified, g.Key.Estimated, Count = g.Count(), Value = g.Sum(d => d.ValueUsd) })
            .GroupBy(_ => 1)
            .Select(g => new DealTotals(
                g.Sum(x => x.Count),
                g.Sum(x => x.Value) ?? 0m,
                g.Sum(x => x.Undisclosed ? x.Count : 0),
                g.Sum(x => x.Qualified ? x.Count : 0),
                g.Sum(x => x.Estimated ? x.Count : 0),
                g.Sum(x => x.Verification == Verification.Confirmed ? x.Count : 0),
                g.Sum(x => x.Verification == Verification.Reported ? x.Count : 0),
                g.Sum(x => x.Verification == Verification.Rumored ? x.Count : 0)));

    /// <summary>How many deals match; as a grouped query so that the harness can translate it.</summary>
    public static IQueryable<int> Count(PartnerTrackerDbContext db, DealFilter filter) =>
        DealQueries.List(db, filter).GroupBy(_ => 1).Select(g => g.Count());

    public static IQueryable<DealSlice<DealKind>> ByKind(PartnerTrackerDbContext db, DealFilter filter) =>
        Slices(DealQueries.List(db, filter).Select(d => new Keyed<DealKind>
        {
            DealId = d.Id,
            Key = d.Kind,
            ValueUsd = d.ValueUsd,
            NotPlain = d.ValueUsd != null && (d.Value!.Qualifier != MoneyQualifier.Exact || d.Value.IsEstimated),
        }));

    public static IQueryable<DealSlice<DealStage>> ByStage(PartnerTrackerDbContext db, DealFilter filter) =>
        Slices(DealQueries.List(db, filter).Select(d => new Keyed<DealStage>
        {
            DealId = d.Id,
            Key = d.Stage,
            ValueUsd = d.ValueUsd,
            NotPlain = d.ValueUsd != null && (d.Value!.Qualifier != MoneyQualifier.Exact || d.Value.IsEstimated),
        }));

    /// <summary>
    /// By the announced date's precision: quarters for dates known to the quarter or finer, a year bucket for dates
    /// known only to the half-year or year (after that year's quarters), and last a bucket for deals with no date.
    /// </summary>
    public static IQueryable<DealSlice<Period>> ByQuarter(PartnerTrackerDbContext db, DealFilter filter) =>
        Slices(DealQueries.List(db, filter).Select(d => new Keyed<int?>
        {
            DealId = d.Id,
            // year * 10 + quarter (1-4), or + 5 for a date known only to the half-year or year; null for no date.
            Key = d.AnnouncedOn == null ? null
                : (d.AnnouncedOn.Start.Year * 10) + (d.AnnouncedOn.Precision == DatePrecision.HalfYear || d.AnnouncedOn.Precision == DatePrecision.Year
                    ? YearOnlyCode
                    : (d.AnnouncedOn.Start.Month + 2) / 3),
            ValueUsd = d.ValueUsd,
            NotPlain = d.ValueUsd != null && (d.Value!.Qualifier != MoneyQualifier.Exact || d.Value.IsEstimated),
        }))
            .Select(s => new DealSlice<Period>(PeriodOf(s.Key), s.DealCount, s.ValueUsd, s.UndisclosedCount, s.QualifiedCount));

    /// <summary>Quarter buckets in time order: a year's quarters, then its half-year or year-only bucket; no date last.</summary>
    public static IReadOnlyList<DealSlice<Period>> InTimeOrder(IEnumerable<DealSlice<Period>> slices) =>
        slices.OrderBy(s => s.Key.IsUndated).ThenBy(s => s.Key.Year).ThenBy(s => s.Key.Quarter ?? YearOnlyCode).ToList();

    /// <summary>By a participating company's sector: a deal counts once in each of its companies' sectors.</summary>
    public static IQueryable<DealSlice<string?>> BySector(PartnerTrackerDbContext db, DealFilter filter) =>
        // The (sector, deal) pairs first, DISTINCT on two narrow columns; only then each deal's value.
        Slices(WithValues(db, Participants(db, filter).Select(p => new KeyedDeal<string?> { Key = p.Company!.Sector, DealId = p.DealId }).Distinct()));

    /// <summary>
    /// By country, as the deals list filters it: the deal's own country or a participating company's. A deal counts
    /// once in each of its countries.
    /// </summary>
    public static IQueryable<DealSlice<string?>> ByCountry(PartnerTrackerDbContext db, DealFilter filter)
    {
        var own = DealQueries.List(db, filter).Where(d => d.CountryCode != null)
            .Select(d => new KeyedDeal<string?> { Key = d.CountryCode, DealId = d.Id });
        var companies = Participants(db, filter).Where(p => p.Company!.CountryCode != null)
            .Select(p => new KeyedDeal<string?> { Key = p.Company!.CountryCode, DealId = p.DealId });

        // UNION (not UNION ALL) keeps each deal once per country; the values are read for the pairs it keeps.
        return Slices(WithValues(db, own.Union(companies)));
    }

    /// <summary>The companies in the most filtered deals (several roles in one deal count once).</summary>
    public static IQueryable<CompanyFigure> TopByDeals(PartnerTrackerDbContext db, DealFilter filter) =>
        CompanyFigures(db, filter)
            .OrderByDescending(c => c.DealCount).ThenBy(c => c.CompanyId)
            .Take(TopCompanies)
            .Join(db.Companies, c => c.CompanyId, c => c.Id, (f, c) => new { f, c.Name })
            .OrderByDescending(x => x.f.DealCount).ThenBy(x => x.Name)
            .Select(x => new CompanyFigure(x.f.CompanyId, x.Name, x.f.DealCount, x.f.DealCount - x.f.NotOnlyRumored, x.f.ValueUsd, x.f.Undisclosed));

    /// <summary>The companies whose filtered deals have the largest disclosed value (each deal counted once per company).</summary>
    public static IQueryable<CompanyFigure> TopByValue(PartnerTrackerDbContext db, DealFilter filter) =>
        CompanyFigures(db, filter)
            .Where(c => c.DealCount > c.Undisclosed)
            .OrderByDescending(c => c.ValueUsd).ThenBy(c => c.CompanyId)
            .Take(TopCompanies)
            .Join(db.Companies, c => c.CompanyId, c => c.Id, (f, c) => new { f, c.Name })
            .OrderByDescending(x => x.f.ValueUsd).ThenBy(x => x.Name)
            .Select(x => new CompanyFigure(x.f.CompanyId, x.Name, x.f.DealCount, x.f.DealCount - x.f.NotOnlyRumored, x.f.ValueUsd, x.f.Undisclosed));

    /// <summary>The filtered deals with the largest disclosed values, with the citations of each value.</summary>
    public static IQueryable<LargestDeal> LargestDeals(PartnerTrackerDbContext db, DealFilter filter) =>
        DealQueries.List(db, filter)
            .Where(d => d.ValueUsd != null)
            .OrderByDescending(d => d.ValueUsd).ThenBy(d => d.Id)
            .Take(LargestDealCount)
            .Select(d => new LargestDeal(
                d.Id,
                d.Name,
                d.Kind,
                d.ValueUsd!.Value,
                d.Value!.Amount,
                d.Value.Currency,
                d.Value.Qualifier,
                d.Value.IsEstimated,
                d.FxRate!.Date,
                d.Citations.Count(c => c.Subject == CitationSubject.DealValue)));

    /// <summary>The latest stage changes of the filtered deals, by effective date.</summary>
    public static IQueryable<StageChangeFeedItem> RecentStageChanges(PartnerTrackerDbContext db, DealFilter filter)
    {
        var changes = db.StageChanges.AsNoTracking();
        if (!IsUnfiltered(filter))
        {
            var dealIds = DealQueries.List(db, filter).Select(d => d.Id);
            changes = changes.Where(s => dealIds.Contains(s.DealId));
        }

        return changes
            .OrderByDescending(s => s.EffectiveOn.Start).ThenByDescending(s => s.Id)
            .Take(FeedLength)
            .Select(s => new StageChangeFeedItem(
                s.Id, s.DealId, s.Deal!.Name, s.FromStage, s.ToStage, s.EffectiveOn.Start, s.EffectiveOn.Precision, s.SourceArticle!.Title));
    }

    private const int YearOnlyCode = 5;

    private static Period PeriodOf(int? code) =>
        code is not { } c ? Period.Undated : c % 10 == YearOnlyCode ? Period.YearOnly(c / 10) : Period.InQuarter(c / 10, c % 10);

    /// <summary>A deal under a bucket's key, before its value is read.</summary>
    private sealed class KeyedDeal<TKey>
    {
        public TKey Key { get; init; } = default!;

        public int DealId { get; init; }
    }

    private static IQueryable<Keyed<TKey>> WithValues<TKey>(PartnerTrackerDbContext db, IQueryable<KeyedDeal<TKey>> pairs) =>
        pairs.Join(db.Deals, x => x.DealId, d => d.Id, (x, d) => new Keyed<TKey>
        {
            Key = x.Key,
            DealId = d.Id,
            ValueUsd = d.ValueUsd,
            NotPlain = d.ValueUsd != null && (d.Value!.Qualifier != MoneyQualifier.Exact || d.Value.IsEstimated),
        });

    /// <summary>One deal (once per bucket) under a bucket's key, flattened to what the slices add up.</summary>
    private sealed class Keyed<TKey>
    {
        public TKey Key { get; init; } = default!;

        public int DealId { get; init; }

        public decimal? ValueUsd { get; init; }

        /// <summary>A disclosed value announced "up to", "at least", approximately, or estimated.</summary>
        public bool NotPlain { get; init; }

        /// <summary>Totals only: a disclosed value that is our estimate.</summary>
        public bool Estimated { get; init; }

        /// <summary>Totals only.</summary>
        public Verification Verification { get; init; }
    }

    /// <summary>
    /// Adds up the rows per key (each row is one deal under one key). EF Core cannot aggregate an owned type's
    /// columns (the money qualifier) after a GROUP BY, but it can group by them: the first GROUP BY splits each key by
    /// what the slice counts apart, the second adds those few groups up. No DISTINCT over the deals is needed.
    /// </summary>
    private static IQueryable<DealSlice<TKey>> Slices<TKey>(IQueryable<Keyed<TKey>> rows) =>
        rows.GroupBy(r => new { r.Key, r.NotPlain, Undisclosed = r.ValueUsd == null })
            .Select(g => new { g.Key.Key, g.Key.NotPlain, g.Key.Undisclosed, Count = g.Count(), Value = g.Sum(r => r.ValueUsd) })
            .GroupBy(x => x.Key)
            .Select(g => new DealSlice<TKey>(
                g.Key,
                g.Sum(x => x.Count),
                g.Sum(x => x.Value) ?? 0m,
                g.Sum(x => x.Undisclosed ? x.Count : 0),
                g.Sum(x => x.NotPlain && !x.Undisclosed ? x.Count : 0)));

    /// <summary>Slices in the order a chart shows them: most deals first, then by key.</summary>
    public static IReadOnlyList<DealSlice<TKey>> Ranked<TKey>(IEnumerable<DealSlice<TKey>> slices) =>
        slices.OrderByDescending(s => s.DealCount).ThenBy(s => s.Key is null).ThenBy(s => s.Key).ToList();

    private sealed class CompanyRow
    {
        public int CompanyId { get; init; }

        public int DealCount { get; init; }

        public int NotOnlyRumored { get; init; }

        public decimal ValueUsd { get; init; }

        public int Undisclosed { get; init; }
    }

    /// <summary>Per company: its distinct filtered deals, those where any of its roles is more than rumored, and their value.</summary>
    private static IQueryable<CompanyRow> CompanyFigures(PartnerTrackerDbContext db, DealFilter filter) =>
        // One row per company and deal (a company with two roles in a deal counts it once), then its value.
        Participants(db, filter)
            .GroupBy(p => new { p.CompanyId, p.DealId })
            .Select(g => new { g.Key.CompanyId, g.Key.DealId, NotRumored = g.Max(p => p.Verification != Verification.Rumored ? 1 : 0) })
            .Join(db.Deals, x => x.DealId, d => d.Id, (x, d) => new { x.CompanyId, x.NotRumored, d.ValueUsd })
            .GroupBy(x => x.CompanyId)
            .Select(g => new CompanyRow
            {
                CompanyId = g.Key,
                DealCount = g.Count(),
                NotOnlyRumored = g.Sum(x => x.NotRumored),
                ValueUsd = g.Sum(x => x.ValueUsd) ?? 0m,
                Undisclosed = g.Count(x => x.ValueUsd == null),
            });

    /// <summary>The participations in the filtered deals; without a filter, all of them (no needless `IN`).</summary>
    private static IQueryable<DealParticipant> Participants(PartnerTrackerDbContext db, DealFilter filter)
    {
        var participants = db.DealParticipants.AsNoTracking();
        if (IsUnfiltered(filter))
        {
            return participants;
        }

        var dealIds = DealQueries.List(db, filter).Select(d => d.Id);
        return participants.Where(p => dealIds.Contains(p.DealId));
    }

    private static bool IsUnfiltered(DealFilter filter) => filter.IsEmpty;
}

using PartnerTracker.Application.Features.Deals;
using PartnerTracker.Domain;

namespace PartnerTracker.Application.Features.Dashboard;

/// <summary>
/// Every figure of the dashboard for one filter. Values are in USD at each deal's stored dated rate; undisclosed
/// values are counted (never summed as zero) and "up to", "at least", approximate and estimated figures are counted
/// apart so the page can say what a total includes.
/// </summary>
public sealed record DashboardData(
    DealTotals Totals,
    Period ThisQuarter,
    int NewThisQuarter,
    int ChangedThisQuarter,
    IReadOnlyList<DealSlice<DealKind>> ByKind,
    IReadOnlyList<DealSlice<DealStage>> ByStage,
    IReadOnlyList<DealSlice<string?>> BySector,
    IReadOnlyList<DealSlice<string?>> ByCountry,
    IReadOnlyList<DealSlice<Period>> ByQuarter,
    IReadOnlyList<CompanyFigure> TopByDeals,
    IReadOnlyList<CompanyFigure> TopByValue,
    IReadOnlyList<LargestDeal> LargestDeals,
    IReadOnlyList<StageChangeFeedItem> RecentStageChanges);

/// <summary>The headline numbers over the filtered deals.</summary>
/// <param name="DisclosedValueUsd">Sum of the disclosed USD values (0 when none is: see <see cref="DisclosedCount"/>).</param>
/// <param name="UndisclosedCount">Deals without a disclosed value (not summed).</param>
/// <param name="QualifiedCount">Disclosed values announced as "up to", "at least" or approximately.</param>
/// <param name="EstimatedCount">Disclosed values that are our estimate.</param>
public sealed record DealTotals(
    int DealCount,
    decimal DisclosedValueUsd,
    int UndisclosedCount,
    int QualifiedCount,
    int EstimatedCount,
    int ConfirmedCount,
    int ReportedCount,
    int RumoredCount)
{
    public static readonly DealTotals Empty = new(0, 0m, 0, 0, 0, 0, 0, 0);

    public int DisclosedCount => DealCount - UndisclosedCount;
}

/// <summary>One bar or segment: the deals under <paramref name="Key"/>, their disclosed value, and what it leaves out.</summary>
/// <param name="ValueUsd">Sum of the disclosed USD values (0 when none is).</param>
/// <param name="QualifiedCount">Disclosed values in the sum that are "up to", "at least", approximate or estimated.</param>
public sealed record DealSlice<TKey>(TKey Key, int DealCount, decimal ValueUsd, int UndisclosedCount, int QualifiedCount);

/// <summary>A company's place in the filtered deals: how many it takes part in, and their disclosed value.</summary>
/// <param name="RumoredDealCount">Deals in which every one of its roles is only rumored (Samsung in Stargate).</param>
/// <param name="ValueUsd">Disclosed value of those deals, each deal counted once, whatever the company's share.</param>
public sealed record CompanyFigure(int CompanyId, string Name, int DealCount, int RumoredDealCount, decimal ValueUsd, int UndisclosedCount);

/// <summary>A deal's figure as announced and in USD, with how many citations support the value.</summary>
public sealed record LargestDeal(
    int DealId,
    string Name,
    DealKind Kind,
    decimal ValueUsd,
    decimal? Amount,
    string? Currency,
    MoneyQualifier? Qualifier,
    bool? IsEstimated,
    DateOnly? FxRateDate,
    int ValueCitationCount);

/// <summary>A stage change in the feed, with the date's own precision.</summary>
public sealed record StageChangeFeedItem(
    int Id,
    int DealId,
    string DealName,
    DealStage? FromStage,
    DealStage ToStage,
    DateOnly EffectiveOnStart,
    DatePrecision EffectiveOnPrecision,
    string? SourceTitle);

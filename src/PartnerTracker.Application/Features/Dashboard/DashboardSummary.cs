namespace PartnerTracker.Application.Features.Dashboard;

/// <summary>The headline numbers. Undisclosed values are counted, never summed as zero.</summary>
public sealed record DashboardSummary(
    int DealCount,
    decimal DisclosedValueUsd,
    int UndisclosedCount,
    int CompanyCount,
    int CitationCount,
    int SourceCount);

public sealed record DealTotals(int DealCount, decimal? DisclosedValueUsd, int UndisclosedCount);

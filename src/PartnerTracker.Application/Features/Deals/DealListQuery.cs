using PartnerTracker.Application.Common;

namespace PartnerTracker.Application.Features.Deals;

public enum DealSortField
{
    Name,
    Kind,
    Stage,
    Verification,
    ValueUsd,
    AnnouncedOn,
}

/// <summary>A page of the deals list: which page, how big, sorted by what.</summary>
public sealed record DealListQuery(
    int PageIndex = 0,
    int PageSize = PageRequest.DefaultPageSize,
    DealSortField SortBy = DealSortField.Name,
    bool Descending = false);

namespace PartnerTracker.Application.Common;

/// <summary>
/// One page of a list, sorted by a column. <see cref="SortBy"/> names a column of the list's DTO; each feature
/// whitelists its sortable columns (<see cref="SortColumns{T}"/>), so a forged name falls back to the default.
/// </summary>
public sealed record ListRequest(int PageIndex = 0, int PageSize = ListRequest.DefaultPageSize, string? SortBy = null, bool Descending = false)
{
    public const int DefaultPageSize = 25;

    /// <summary>What the user typed in the list's search box; each list says which columns it searches.</summary>
    public string? Search { get; init; }

    /// <summary>No request may ask for a whole table.</summary>
    public const int MaxPageSize = 100;

    public int Take => PageSize <= 0 ? DefaultPageSize : Math.Min(PageSize, MaxPageSize);

    /// <summary>Computed in 64 bits and capped: a forged ?page=99999999 must not overflow into a negative OFFSET.</summary>
    public int Skip => (int)Math.Min((long)Math.Max(PageIndex, 0) * Take, int.MaxValue);
}

namespace PartnerTracker.Application.Common;

/// <summary>Paging bounds shared by every list: a page size is clamped so no request can ask for a whole table.</summary>
public static class PageRequest
{
    public const int DefaultPageSize = 25;
    public const int MaxPageSize = 100;

    public static int ClampSize(int pageSize) => pageSize <= 0 ? DefaultPageSize : Math.Min(pageSize, MaxPageSize);

    public static int ClampIndex(int pageIndex) => Math.Max(pageIndex, 0);
}

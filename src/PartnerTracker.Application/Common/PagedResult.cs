namespace PartnerTracker.Application.Common;

/// <summary>One page of a list and how many rows the whole (filtered) list holds.</summary>
public sealed record PagedResult<T>(IReadOnlyList<T> Items, int TotalCount);

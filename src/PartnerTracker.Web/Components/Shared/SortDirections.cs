using MudBlazor;
using PartnerTracker.Application.Common;

namespace PartnerTracker.Web.Components.Shared;

public static class SortDirections
{
    /// <summary>The direction a column starts in, from a request read out of the URL.</summary>
    public static SortDirection DirectionOf(this ListRequest request, string column) =>
        request.SortBy != column ? SortDirection.None : request.Descending ? SortDirection.Descending : SortDirection.Ascending;
}

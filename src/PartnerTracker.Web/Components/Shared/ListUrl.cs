using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;
using PartnerTracker.Application.Common;

namespace PartnerTracker.Web.Components.Shared;

/// <summary>
/// A list's page, page size, sort and search in its URL (page, size, sort, desc, q), so any list can be bookmarked
/// and shared as it is shown. What does not parse is dropped.
/// </summary>
public static class ListUrl
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static Dictionary<string, StringValues> Query(string uri) => QueryHelpers.ParseQuery(new Uri(uri).Query);

    public static string? One(Dictionary<string, StringValues> query, string key) =>
        query.TryGetValue(key, out var values) && !string.IsNullOrWhiteSpace(values[^1]) ? values[^1] : null;

    public static ListRequest Parse(string uri)
    {
        var query = Query(uri);
        return Parse(query) with { Search = One(query, "q") };
    }

    public static ListRequest Parse(Dictionary<string, StringValues> query) => new(
        int.TryParse(One(query, "page"), NumberStyles.None, Invariant, out var page) ? page : 0,
        int.TryParse(One(query, "size"), NumberStyles.None, Invariant, out var size) ? Math.Clamp(size, 1, ListRequest.MaxPageSize) : ListRequest.DefaultPageSize,
        One(query, "sort"),
        One(query, "desc") == "true");

    /// <summary>The query parameters for a request; defaults are left out so URLs stay short.</summary>
    public static Dictionary<string, object?> ToQuery(ListRequest request) => new()
    {
        ["q"] = string.IsNullOrWhiteSpace(request.Search) ? null : request.Search.Trim(),
        ["sort"] = request.SortBy,
        ["desc"] = request.Descending ? "true" : null,
        ["page"] = request.PageIndex > 0 ? request.PageIndex.ToString(Invariant) : null,
        ["size"] = request.Take != ListRequest.DefaultPageSize ? request.Take.ToString(Invariant) : null,
    };
}

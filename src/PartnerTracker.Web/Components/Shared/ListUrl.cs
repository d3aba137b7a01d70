using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;
using PartnerTracker.Application.Common;

namespace PartnerTracker.Web.Components.Shared;

/// <summary>
/// The one mapping between a list's page, page size, sort and search and its address (page, size, sort, desc, q), so
/// every list can be bookmarked, shared and moved through with Back and Forward as it is shown. The address counts
/// pages as the pager's caption does, from one (<c>?page=3</c> is the third page); <see cref="ListRequest.PageIndex"/>
/// counts from zero. This class is the only place that converts (docs/adr/0001-list-state-in-the-address.md).
/// A list that shares its page with another list (a record's History tab) prefixes its keys. What does not parse is
/// dropped; a page number past the end is the grid's to correct, since only the database knows where the end is.
/// </summary>
public static class ListUrl
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static Dictionary<string, StringValues> Query(string uri) => QueryHelpers.ParseQuery(new Uri(uri).Query);

    public static string? One(Dictionary<string, StringValues> query, string key) =>
        query.TryGetValue(key, out var values) && !string.IsNullOrWhiteSpace(values[^1]) ? values[^1] : null;

    public static ListRequest Parse(string uri, string prefix = "") => Parse(Query(uri), prefix);

    public static ListRequest Parse(Dictionary<string, StringValues> query, string prefix = "") =>
        new(PageIndex(One(query, prefix + "page")), PageSize(One(query, prefix + "size")), One(query, prefix + "sort"), One(query, prefix + "desc") == "true")
        {
            Search = One(query, prefix + "q"),
        };

    /// <summary>
    /// The query parameters for a request; defaults are left out so addresses stay short. Without
    /// <paramref name="search"/>, <c>q</c> is left alone: the deals list's filter bar owns it there.
    /// </summary>
    public static Dictionary<string, object?> ToQuery(ListRequest request, string prefix = "", bool search = true)
    {
        var query = new Dictionary<string, object?>
        {
            [prefix + "sort"] = request.SortBy,
            [prefix + "desc"] = request.Descending ? "true" : null,
            [prefix + "page"] = request.PageIndex > 0 ? (request.PageIndex + 1L).ToString(Invariant) : null,
            [prefix + "size"] = request.Take != ListRequest.DefaultPageSize ? request.Take.ToString(Invariant) : null,
        };
        if (search)
        {
            query[prefix + "q"] = string.IsNullOrWhiteSpace(request.Search) ? null : request.Search.Trim();
        }

        return query;
    }

    /// <summary>The key of a list's page number: set to null in a filter's new address, its list starts on the first page.</summary>
    public static string PageKey(string prefix = "") => prefix + "page";

    /// <summary>
    /// The zero-based index of an address's one-based page number. Missing, zero, negative or malformed means the
    /// first page; a number too large for any list is kept as the largest index, which the grid turns into the last page.
    /// </summary>
    public static int PageIndex(string? page)
    {
        if (page is null || page.Length == 0 || !page.All(char.IsAsciiDigit))
        {
            return 0;
        }

        return long.TryParse(page, NumberStyles.None, Invariant, out var number) && number <= int.MaxValue
            ? (int)Math.Max(number - 1, 0)
            : int.MaxValue;
    }

    /// <summary>A page size from the address: none, zero or malformed is the default; more than a page may ask is the most it may.</summary>
    private static int PageSize(string? size) =>
        int.TryParse(size, NumberStyles.None, Invariant, out var value) && value > 0 ? Math.Min(value, ListRequest.MaxPageSize) : ListRequest.DefaultPageSize;
}

using System.Globalization;
using PartnerTracker.Application.Common;
using PartnerTracker.Application.Features.Timelines;
using PartnerTracker.Web.Components.Shared;

namespace PartnerTracker.Web.Components.Pages.Timelines;

/// <summary>
/// The "what changed" page's state in its URL: from and to (yyyy-MM-dd) and the list's page, size and sort. A missing,
/// malformed, reversed or over-long period falls back to the current quarter.
/// </summary>
public static class ChangesUrl
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static (ChangePeriod Period, ListRequest Request) Parse(string uri, DateOnly today)
    {
        var query = ListUrl.Query(uri);
        DateOnly? Day(string key) => DateOnly.TryParseExact(ListUrl.One(query, key), "yyyy-MM-dd", Invariant, DateTimeStyles.None, out var day) ? day : null;
        var period = Day("from") is { } from && Day("to") is { } to && from <= to && to.DayNumber - from.DayNumber < ChangePeriod.MaxDays
            ? new ChangePeriod(from, to)
            : ChangePeriod.Quarter(today);
        return (period, ListUrl.Parse(query));
    }

    public static Dictionary<string, object?> ToQuery(ChangePeriod period, ListRequest request) => new(ListUrl.ToQuery(request))
    {
        ["from"] = period.From.ToString("yyyy-MM-dd", Invariant),
        ["to"] = period.To.ToString("yyyy-MM-dd", Invariant),
    };
}

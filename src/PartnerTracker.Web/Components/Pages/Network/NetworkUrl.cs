using System.Globalization;
using PartnerTracker.Application.Common;
using PartnerTracker.Application.Features.Deals;
using PartnerTracker.Application.Features.Network;
using PartnerTracker.Web.Components.Pages.Deals;
using PartnerTracker.Web.Components.Shared;

namespace PartnerTracker.Web.Components.Pages.Network;

/// <summary>The network page's state in its URL: the deals list's filter (same keys), plus weight=value and top=N.</summary>
public static class NetworkUrl
{
    public sealed record State(DealFilter Filter, EdgeWeight Weight, int Top);

    public static State Parse(string uri)
    {
        var query = ListUrl.Query(uri);
        var (filter, _) = DealListUrl.Parse(uri);
        var weight = string.Equals(ListUrl.One(query, "weight"), "value", StringComparison.OrdinalIgnoreCase) ? EdgeWeight.Value : EdgeWeight.Count;
        var top = int.TryParse(ListUrl.One(query, "top"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && NetworkService.LimitOptions.Contains(n)
            ? n
            : NetworkService.DefaultLimit;
        return new State(filter, weight, top);
    }

    public static Dictionary<string, object?> ToQuery(State state) => new(DealListUrl.ToQuery(state.Filter, new ListRequest()))
    {
        ["weight"] = state.Weight == EdgeWeight.Value ? "value" : null,
        ["top"] = state.Top == NetworkService.DefaultLimit ? null : state.Top.ToString(CultureInfo.InvariantCulture),
    };

    public static string Key(State state) => string.Join("&", ToQuery(state).Select(p => $"{p.Key}={(p.Value is string[] many ? string.Join(",", many) : p.Value)}"));
}

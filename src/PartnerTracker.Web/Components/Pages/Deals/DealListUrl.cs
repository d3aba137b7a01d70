using System.Globalization;
using PartnerTracker.Web.Components.Shared;
using PartnerTracker.Application.Common;
using PartnerTracker.Application.Features.Deals;
using PartnerTracker.Domain;

namespace PartnerTracker.Web.Components.Pages.Deals;

/// <summary>
/// The deals list's state in its URL, so a filtered, sorted page can be bookmarked and shared. Values that do not
/// parse (a forged kind, a date that is no date) are dropped, never passed on.
/// </summary>
public static class DealListUrl
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static (DealFilter Filter, ListRequest Request) Parse(string uri)
    {
        var query = ListUrl.Query(uri);
        string? One(string key) => ListUrl.One(query, key);
        IReadOnlyList<TEnum> Many<TEnum>(string key)
            where TEnum : struct, Enum =>
            query.TryGetValue(key, out var values)
                ? values.Where(v => v is not null && Enum.GetNames<TEnum>().Contains(v, StringComparer.OrdinalIgnoreCase))
                    .Select(v => Enum.Parse<TEnum>(v!, ignoreCase: true)).Distinct().ToList()
                : [];

        var filter = new DealFilter
        {
            Text = One("q"),
            Kinds = Many<DealKind>("kind"),
            Stages = Many<DealStage>("stage"),
            Verifications = Many<Verification>("verification"),
            CountryCode = One("country") is { Length: 2 } country && country.All(char.IsAsciiLetter) ? country.ToUpperInvariant() : null,
            Sector = One("sector"),
            CompanyId = int.TryParse(One("company"), NumberStyles.None, Invariant, out var company) ? company : null,
            AnnouncedFrom = DateOnly.TryParseExact(One("from"), "yyyy-MM-dd", Invariant, DateTimeStyles.None, out var from) ? from : null,
            AnnouncedTo = DateOnly.TryParseExact(One("to"), "yyyy-MM-dd", Invariant, DateTimeStyles.None, out var to) ? to : null,
            MinValueUsd = Amount(One("min")),
            MaxValueUsd = Amount(One("max")),
            AnnouncedIn = Period.Parse(One("period")),
            ChangedIn = Period.Parse(One("changed")) is { IsUndated: false } changed ? changed : null,
            ValueDisclosed = One("disclosed") switch { "true" => true, "false" => false, _ => null },
        };
        return (filter, ListUrl.Parse(query) with { Search = null });
    }

    /// <summary>An amount a deal can have; anything else (negative, beyond any real deal) is dropped.</summary>
    private static decimal? Amount(string? text) =>
        decimal.TryParse(text, NumberStyles.Number, Invariant, out var value) && value is >= 0 and <= Money.MaxAmount ? value : null;

    /// <summary>The query parameters for a state; defaults are left out so URLs stay short.</summary>
    public static Dictionary<string, object?> ToQuery(DealFilter filter, ListRequest request) => new(ListUrl.ToQuery(request with { Search = filter.Text }))
    {
        ["kind"] = filter.Kinds.Select(k => k.ToString()).ToArray(),
        ["stage"] = filter.Stages.Select(k => k.ToString()).ToArray(),
        ["verification"] = filter.Verifications.Select(k => k.ToString()).ToArray(),
        ["country"] = filter.CountryCode,
        ["sector"] = filter.Sector,
        ["company"] = filter.CompanyId?.ToString(Invariant),
        ["from"] = filter.AnnouncedFrom?.ToString("yyyy-MM-dd", Invariant),
        ["to"] = filter.AnnouncedTo?.ToString("yyyy-MM-dd", Invariant),
        ["min"] = filter.MinValueUsd?.ToString(Invariant),
        ["max"] = filter.MaxValueUsd?.ToString(Invariant),
        ["period"] = filter.AnnouncedIn?.Key,
        ["changed"] = filter.ChangedIn?.Key,
        ["disclosed"] = filter.ValueDisclosed switch { true => "true", false => "false", null => null },
    };

    /// <summary>A link to the deals list showing <paramref name="filter"/>: how every dashboard figure drills down.</summary>
    public static string Href(DealFilter filter) => WithQuery("/deals", filter);

    /// <summary><paramref name="path"/> with the filter's query string (nothing when no filter applies).</summary>
    public static string WithQuery(string path, DealFilter filter)
    {
        var parts = ToQuery(filter, new ListRequest())
            .SelectMany(p => p.Value switch
            {
                string[] many => many.Select(v => (p.Key, Value: v)),
                string one => [(p.Key, Value: one)],
                _ => [],
            })
            .Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value)}")
            .ToList();
        return parts.Count == 0 ? path : $"{path}?{string.Join("&", parts)}";
    }

    /// <summary>A stable text for the filter alone: the list starts over from page one when it changes.</summary>
    public static string FilterKey(DealFilter filter) =>
        string.Join("&", ToQuery(filter, new ListRequest()).Select(p => $"{p.Key}={(p.Value is string[] many ? string.Join(",", many) : p.Value)}"));
}

using System.Globalization;
using PartnerTracker.Application.Features.Deals;
using PartnerTracker.Web.Components.Shared;

namespace PartnerTracker.Web.Components.Pages.Deals;

/// <summary>One narrowing of a filter in words, and the filter without it (what removing its chip leaves).</summary>
public sealed record DealFilterPart(string Label, DealFilter Without);

/// <summary>
/// A filter as the words a folded filter bar shows: every narrowing but the search text (which stays in its box), in
/// the order of the bar's fields, so the narrowing is never invisible while the fields are hidden.
/// </summary>
public static class DealFilterParts
{
    public static IReadOnlyList<DealFilterPart> Of(DealFilter filter, string? companyName)
    {
        var parts = new List<DealFilterPart>();
        void Add(bool present, Func<string> label, DealFilter without)
        {
            if (present)
            {
                parts.Add(new DealFilterPart(label(), without));
            }
        }

        Add(filter.Kinds.Count > 0, () => "Kind: " + Words(filter.Kinds), filter with { Kinds = [] });
        Add(filter.Stages.Count > 0, () => "Stage: " + Words(filter.Stages), filter with { Stages = [] });
        Add(filter.Verifications.Count > 0, () => "Verification: " + Words(filter.Verifications), filter with { Verifications = [] });
        Add(filter.CompanyId is not null, () => "Company: " + (companyName ?? $"#{filter.CompanyId}"), filter with { CompanyId = null });
        Add(!string.IsNullOrWhiteSpace(filter.CountryCode), () => "Country: " + filter.CountryCode, filter with { CountryCode = null });
        Add(!string.IsNullOrWhiteSpace(filter.Sector), () => "Sector: " + filter.Sector, filter with { Sector = null });
        Add(filter.AnnouncedFrom is not null, () => "Announced from " + Day(filter.AnnouncedFrom), filter with { AnnouncedFrom = null });
        Add(filter.AnnouncedTo is not null, () => "Announced to " + Day(filter.AnnouncedTo), filter with { AnnouncedTo = null });
        Add(filter.MinValueUsd is not null, () => "Value at least " + Display.Usd(filter.MinValueUsd), filter with { MinValueUsd = null });
        Add(filter.MaxValueUsd is not null, () => "Value at most " + Display.Usd(filter.MaxValueUsd), filter with { MaxValueUsd = null });
        Add(filter.AnnouncedIn is not null, () => "Announced: " + filter.AnnouncedIn!.Label, filter with { AnnouncedIn = null });
        Add(filter.ChangedIn is not null, () => "Stage changed: " + filter.ChangedIn!.Label, filter with { ChangedIn = null });
        Add(filter.ValueDisclosed is not null, () => filter.ValueDisclosed == true ? "Value disclosed" : "Value undisclosed", filter with { ValueDisclosed = null });
        return parts;
    }

    private static string Words<T>(IEnumerable<T> values) where T : Enum => string.Join(", ", values.Select(v => Display.Words(v)));

    private static string Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
}

using PartnerTracker.Domain;

namespace PartnerTracker.Application.Features.Deals;

/// <summary>
/// What the deals list (and every dashboard widget) is narrowed to. Empty collections and nulls mean "any".
/// Everything here is applied in the database.
/// </summary>
public sealed record DealFilter
{
    public static readonly DealFilter None = new();

    /// <summary>True when nothing narrows the deals (every deal matches).</summary>
    public bool IsEmpty => string.IsNullOrWhiteSpace(Text) && Kinds.Count == 0 && Stages.Count == 0 && Verifications.Count == 0
        && string.IsNullOrWhiteSpace(CountryCode) && string.IsNullOrWhiteSpace(Sector) && CompanyId is null
        && AnnouncedFrom is null && AnnouncedTo is null && MinValueUsd is null && MaxValueUsd is null
        && AnnouncedIn is null && ChangedIn is null && ValueDisclosed is null;

    /// <summary>Matches the deal's name or summary, or the name or alias of a participating company.</summary>
    public string? Text { get; init; }

    public IReadOnlyList<DealKind> Kinds { get; init; } = [];

    public IReadOnlyList<DealStage> Stages { get; init; } = [];

    public IReadOnlyList<Verification> Verifications { get; init; } = [];

    /// <summary>ISO 3166-1 alpha-2: the deal's own country or a participating company's.</summary>
    public string? CountryCode { get; init; }

    /// <summary>A participating company's sector.</summary>
    public string? Sector { get; init; }

    /// <summary>Deals this company takes part in.</summary>
    public int? CompanyId { get; init; }

    /// <summary>Announced on or after (compared with the first day of the announced period).</summary>
    public DateOnly? AnnouncedFrom { get; init; }

    /// <summary>Announced on or before (compared with the first day of the announced period).</summary>
    public DateOnly? AnnouncedTo { get; init; }

    public decimal? MinValueUsd { get; init; }

    public decimal? MaxValueUsd { get; init; }

    /// <summary>Announced in this bucket, by the date's precision (a year-only date is never in a quarter).</summary>
    public Period? AnnouncedIn { get; init; }

    /// <summary>Moved from one stage to another with an effective date in this bucket, by the date's precision.</summary>
    public Period? ChangedIn { get; init; }

    /// <summary>True: only deals with a disclosed USD value; false: only deals without one.</summary>
    public bool? ValueDisclosed { get; init; }
}

using PartnerTracker.Domain;

namespace PartnerTracker.Application.Features.Deals;

/// <summary>
/// What the deals list (and every dashboard widget) is narrowed to. Empty collections and nulls mean "any".
/// Everything here is applied in the database.
/// </summary>
public sealed record DealFilter
{
    public static readonly DealFilter None = new();

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
}

using PartnerTracker.Domain;

namespace PartnerTracker.Application.Features.Deals;

// DTOs are flat on purpose: a deal names its parent and related deals, it never nests them (docs/adr/0007-automapper-14-pin-and-its-advisory.md).

public sealed record DealListItem
{
    public int Id { get; init; }
    public string Name { get; init; } = "";
    public DealKind Kind { get; init; }
    public DealStage Stage { get; init; }
    public Verification Verification { get; init; }
    public decimal? ValueAmount { get; init; }
    public string? ValueCurrency { get; init; }
    public MoneyQualifier? ValueQualifier { get; init; }
    public bool? ValueIsEstimated { get; init; }
    public decimal? ValueUsd { get; init; }
    public DateOnly? AnnouncedOnStart { get; init; }
    public DatePrecision? AnnouncedOnPrecision { get; init; }
    public int CompanyCount { get; init; }
    public int CitationCount { get; init; }
}

public sealed record DealHeader
{
    public int Id { get; init; }
    public string Name { get; init; } = "";
    public DealKind Kind { get; init; }
    public DealStage Stage { get; init; }
    public Verification Verification { get; init; }
    public string? Summary { get; init; }
    public string? CountryCode { get; init; }
    public decimal? ValueAmount { get; init; }
    public string? ValueCurrency { get; init; }
    public MoneyQualifier? ValueQualifier { get; init; }
    public bool? ValueIsEstimated { get; init; }
    public decimal? ValueUsd { get; init; }
    public decimal? FxRateRateToUsd { get; init; }
    public DateOnly? FxRateDate { get; init; }
    public string? FxRateSource { get; init; }
    public DateOnly? AnnouncedOnStart { get; init; }
    public DatePrecision? AnnouncedOnPrecision { get; init; }
    public DateOnly? ExpectedCloseOnStart { get; init; }
    public DatePrecision? ExpectedCloseOnPrecision { get; init; }
    public int? ParentDealId { get; init; }
    public string? ParentDealName { get; init; }
    public Guid Version { get; init; }
}

public sealed record DealParticipantItem
{
    public int Id { get; init; }
    public int CompanyId { get; init; }
    public string CompanyName { get; init; } = "";
    public string? CompanyCountryCode { get; init; }
    public ParticipantRole Role { get; init; }
    public Verification Verification { get; init; }
    public decimal? CommitmentAmount { get; init; }
    public string? CommitmentCurrency { get; init; }
    public MoneyQualifier? CommitmentQualifier { get; init; }
}

public sealed record DealPersonItem
{
    public int Id { get; init; }
    public int PersonId { get; init; }
    public string PersonFullName { get; init; } = "";
    public string? PersonTitle { get; init; }
    public string? PersonCompanyName { get; init; }
    public DealPersonRole Role { get; init; }
}

public sealed record DealProductItem
{
    public int Id { get; init; }
    public int ProductId { get; init; }
    public string ProductName { get; init; } = "";
    public string? ProductCompanyName { get; init; }
    public DealProductRole Role { get; init; }
}

public sealed record StageChangeItem
{
    public int Id { get; init; }
    public DealStage? FromStage { get; init; }
    public DealStage ToStage { get; init; }
    public DateOnly EffectiveOnStart { get; init; }
    public DatePrecision EffectiveOnPrecision { get; init; }
    public string RecordedBy { get; init; } = "";
    public DateTime RecordedAtUtc { get; init; }
}

/// <summary>A quoted sentence behind one fact of a deal, with the source it comes from.</summary>
public sealed record DealCitationItem
{
    public int Id { get; init; }
    public CitationSubject Subject { get; init; }
    public string Quote { get; init; } = "";
    public int? DealParticipantId { get; init; }
    public int? DealPersonId { get; init; }
    public int? DealProductId { get; init; }
    public int? StageChangeId { get; init; }
    public int SourceArticleId { get; init; }
    public string SourceArticleTitle { get; init; } = "";
    public string? SourceArticlePublisher { get; init; }
    public string? SourceArticleUrl { get; init; }
    public DateOnly? SourceArticlePublishedOn { get; init; }
}

/// <summary>Another deal related to this one; <see cref="LinkId"/> is set for links (sub-deals are not links).</summary>
public sealed record RelatedDealItem(int DealId, string DealName, string Relation, int? LinkId = null)
{
    /// <summary>How the other deal relates to this one, read from the link's direction.</summary>
    public static string Describe(DealLinkKind kind, bool outgoing) => (kind, outgoing) switch
    {
        (DealLinkKind.FollowOn, true) => "Follow-on of",
        (DealLinkKind.FollowOn, false) => "Followed by",
        (DealLinkKind.Amends, true) => "Amends",
        (DealLinkKind.Amends, false) => "Amended by",
        _ => "Related",
    };
}

public sealed record DealEventItem
{
    public int EventId { get; init; }
    public string EventName { get; init; } = "";
    public EventKind EventKind { get; init; }
    public DateOnly EventDateStart { get; init; }
    public DatePrecision EventDatePrecision { get; init; }
    public string? EventPlace { get; init; }
}

/// <summary>Everything the deal page shows, each part read by its own query.</summary>
public sealed record DealDetails(
    DealHeader Header,
    IReadOnlyList<DealParticipantItem> Participants,
    IReadOnlyList<DealPersonItem> People,
    IReadOnlyList<DealProductItem> Products,
    IReadOnlyList<StageChangeItem> StageHistory,
    IReadOnlyList<DealCitationItem> Citations,
    IReadOnlyList<RelatedDealItem> RelatedDeals,
    IReadOnlyList<DealEventItem> Events,
    IReadOnlyList<RelatedDealItem> LikelyDuplicates);

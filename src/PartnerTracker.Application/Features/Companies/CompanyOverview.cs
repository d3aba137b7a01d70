using PartnerTracker.Application.Features.Timelines;
using PartnerTracker.Domain;

namespace PartnerTracker.Application.Features.Companies;

// The company page (its overview), read by small queries, each flat.

public sealed record CompanyProfile(
    int Id, string Name, string? CountryCode, string? Sector, string? Website, string? Ticker, string? Description,
    int? ParentCompanyId, string? ParentCompanyName, Guid Version);

public sealed record CompanyDealRole(int DealId, string DealName, DealKind Kind, DealStage Stage, ParticipantRole Role, Verification Verification);

/// <summary>A company this one shares deals with, and how many.</summary>
public sealed record CompanyPartner(int CompanyId, string Name, int SharedDeals);

public sealed record CompanyReference(int Id, string Name, string? Detail);

public sealed record CompanyOverview(
    CompanyProfile Profile,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<CompanyReference> Subsidiaries,
    IReadOnlyList<CompanyDealRole> Deals,
    IReadOnlyList<CompanyPartner> Partners,
    IReadOnlyList<CompanyReference> People,
    /// <summary>Stage changes and announcements of its deals and the events it was at, latest first (at most MaxRows).</summary>
    IReadOnlyList<TimelineItem> Timeline,
    IReadOnlyList<string> Quotes);

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

/// <summary>One dated line of a company's timeline: a stage change of one of its deals, or an event it was at.</summary>
public sealed record TimelineEntry(DateOnly Start, DatePrecision Precision, string What, string Link);

public sealed record CompanyOverview(
    CompanyProfile Profile,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<CompanyReference> Subsidiaries,
    IReadOnlyList<CompanyDealRole> Deals,
    IReadOnlyList<CompanyPartner> Partners,
    IReadOnlyList<CompanyReference> People,
    IReadOnlyList<TimelineEntry> Timeline,
    IReadOnlyList<string> Quotes);

using PartnerTracker.Application.Features.Deals;
using PartnerTracker.Domain;

namespace PartnerTracker.Application.Features.People;

// Flat on purpose (docs/adr/0007-automapper-14-pin-and-its-advisory.md): the person page names companies, deals and events, it never nests them.

public sealed record PersonHeader
{
    public int Id { get; init; }
    public string FullName { get; init; } = "";
    public string? NativeName { get; init; }
    public string? Title { get; init; }
    public int? CompanyId { get; init; }
    public string? CompanyName { get; init; }
    public Guid Version { get; init; }
}

/// <summary>A person's role on one deal (a person may hold several roles on a deal, one row each).</summary>
public sealed record PersonDealItem
{
    public int Id { get; init; }
    public int DealId { get; init; }
    public string DealName { get; init; } = "";
    public DealPersonRole Role { get; init; }
}

public sealed record PersonEventItem
{
    public int EventId { get; init; }
    public string EventName { get; init; } = "";
    public EventKind EventKind { get; init; }
    public DateOnly EventDateStart { get; init; }
    public DatePrecision EventDatePrecision { get; init; }
    public string? EventPlace { get; init; }
}

/// <summary>Everything the person page shows, each part read by its own query.</summary>
/// <param name="Citations">What is cited about the person, and about their roles on deals (by DealPersonId).</param>
public sealed record PersonDetails(
    PersonHeader Header,
    IReadOnlyList<PersonDealItem> Deals,
    IReadOnlyList<PersonEventItem> Events,
    IReadOnlyList<DealCitationItem> Citations);

using PartnerTracker.Application.Features.Deals;
using PartnerTracker.Domain;

namespace PartnerTracker.Application.Features.Events;

// Flat on purpose (docs/adr/0007-automapper-14-pin-and-its-advisory.md): an event names its attendees, companies and deals, it never nests them.

public sealed record EventHeader
{
    public int Id { get; init; }
    public string Name { get; init; } = "";
    public EventKind Kind { get; init; }
    public Verification Verification { get; init; }
    public DateOnly DateStart { get; init; }
    public DatePrecision DatePrecision { get; init; }
    public string? Place { get; init; }
    public string? Description { get; init; }
    public Guid Version { get; init; }
}

public sealed record EventAttendeeItem
{
    public int PersonId { get; init; }
    public string PersonFullName { get; init; } = "";
    public string? PersonTitle { get; init; }
    public string? PersonCompanyName { get; init; }
}

public sealed record EventCompanyItem
{
    public int CompanyId { get; init; }
    public string CompanyName { get; init; } = "";
}

public sealed record EventDealItem
{
    public int DealId { get; init; }
    public string DealName { get; init; } = "";
}

/// <summary>Everything the event page shows, each part read by its own query.</summary>
public sealed record EventDetails(
    EventHeader Header,
    IReadOnlyList<EventAttendeeItem> Attendees,
    IReadOnlyList<EventCompanyItem> Companies,
    IReadOnlyList<EventDealItem> Deals,
    IReadOnlyList<DealCitationItem> Citations);

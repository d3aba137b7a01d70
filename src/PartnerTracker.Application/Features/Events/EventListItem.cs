using PartnerTracker.Domain;

namespace PartnerTracker.Application.Features.Events;

public sealed record EventListItem
{
    public int Id { get; init; }
    public string Name { get; init; } = "";
    public EventKind Kind { get; init; }
    public DateOnly DateStart { get; init; }
    public DatePrecision DatePrecision { get; init; }
    public string? Place { get; init; }
    public int AttendeeCount { get; init; }
    public int DealCount { get; init; }
}

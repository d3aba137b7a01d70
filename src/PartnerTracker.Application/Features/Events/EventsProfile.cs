using AutoMapper;
using PartnerTracker.Domain;

namespace PartnerTracker.Application.Features.Events;

public sealed class EventsProfile : Profile
{
    // The DTOs are flat, so no map needs depth; the cap guards against a nested map ever creeping in.
    private const int Depth = 1;

    public EventsProfile()
    {
        CreateMap<Event, EventListItem>()
            .ForMember(d => d.AttendeeCount, o => o.MapFrom(s => s.Attendees.Count))
            .ForMember(d => d.DealCount, o => o.MapFrom(s => s.Deals.Count))
            .MaxDepth(Depth);
        CreateMap<Event, EventHeader>().MaxDepth(Depth);
        CreateMap<EventAttendee, EventAttendeeItem>().MaxDepth(Depth);
        CreateMap<EventCompany, EventCompanyItem>().MaxDepth(Depth);
        CreateMap<EventDeal, EventDealItem>().MaxDepth(Depth);
    }
}

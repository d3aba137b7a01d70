using AutoMapper;
using PartnerTracker.Domain;

namespace PartnerTracker.Application.Features.Events;

public sealed class EventsProfile : Profile
{
    public EventsProfile() =>
        CreateMap<Event, EventListItem>()
            .ForMember(d => d.AttendeeCount, o => o.MapFrom(s => s.Attendees.Count))
            .ForMember(d => d.DealCount, o => o.MapFrom(s => s.Deals.Count))
            .MaxDepth(1);
}

using AutoMapper;
using PartnerTracker.Domain;

namespace PartnerTracker.Application.Features.People;

public sealed class PeopleProfile : Profile
{
    // The DTOs are flat, so no map needs depth; the cap guards against a nested map ever creeping in.
    private const int Depth = 1;

    public PeopleProfile()
    {
        CreateMap<Person, PersonListItem>()
            .ForMember(d => d.DealCount, o => o.MapFrom(s => s.DealRoles.Select(r => r.DealId).Distinct().Count()))
            .ForMember(d => d.EventCount, o => o.MapFrom(s => s.EventsAttended.Count))
            .MaxDepth(Depth);
        CreateMap<Person, PersonHeader>().MaxDepth(Depth);
        CreateMap<DealPerson, PersonDealItem>().MaxDepth(Depth);
        CreateMap<EventAttendee, PersonEventItem>().MaxDepth(Depth);
    }
}

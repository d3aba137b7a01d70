using AutoMapper;
using PartnerTracker.Domain;

namespace PartnerTracker.Application.Features.People;

public sealed class PeopleProfile : Profile
{
    public PeopleProfile() =>
        CreateMap<Person, PersonListItem>()
            .ForMember(d => d.DealCount, o => o.MapFrom(s => s.DealRoles.Select(r => r.DealId).Distinct().Count()))
            .ForMember(d => d.EventCount, o => o.MapFrom(s => s.EventsAttended.Count))
            .MaxDepth(1);
}

using AutoMapper;
using PartnerTracker.Domain;

namespace PartnerTracker.Application.Features.Companies;

public sealed class CompaniesProfile : Profile
{
    public CompaniesProfile() =>
        CreateMap<Company, CompanyListItem>()
            .ForMember(d => d.DealCount, o => o.MapFrom(s => s.Participations.Select(p => p.DealId).Distinct().Count()))
            .MaxDepth(1);
}

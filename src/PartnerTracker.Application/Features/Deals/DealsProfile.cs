using AutoMapper;
using PartnerTracker.Domain;

namespace PartnerTracker.Application.Features.Deals;

/// <summary>Entity → DTO maps for the Deals feature; used by ProjectTo so only the needed columns are read.</summary>
public sealed class DealsProfile : Profile
{
    // The DTOs are flat, so no map needs depth; the cap guards against a nested map ever creeping in.
    private const int Depth = 1;

    public DealsProfile()
    {
        CreateMap<Deal, DealListItem>()
            .ForMember(d => d.CompanyCount, o => o.MapFrom(s => s.Participants.Select(p => p.CompanyId).Distinct().Count()))
            .ForMember(d => d.CitationCount, o => o.MapFrom(s => s.Citations.Count))
            .MaxDepth(Depth);
        CreateMap<Deal, DealHeader>().MaxDepth(Depth);
        CreateMap<DealParticipant, DealParticipantItem>().MaxDepth(Depth);
        CreateMap<DealPerson, DealPersonItem>().MaxDepth(Depth);
        CreateMap<DealProduct, DealProductItem>().MaxDepth(Depth);
        CreateMap<StageChange, StageChangeItem>().MaxDepth(Depth);
        CreateMap<Citation, DealCitationItem>().MaxDepth(Depth);
        CreateMap<EventDeal, DealEventItem>().MaxDepth(Depth);
    }
}

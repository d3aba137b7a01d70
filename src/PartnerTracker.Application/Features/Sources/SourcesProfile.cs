using AutoMapper;
using PartnerTracker.Domain;

namespace PartnerTracker.Application.Features.Sources;

public sealed class SourcesProfile : Profile
{
    public SourcesProfile() =>
        CreateMap<SourceArticle, SourceListItem>()
            .ForMember(d => d.CitationCount, o => o.MapFrom(s => s.Citations.Count))
            .MaxDepth(1);
}

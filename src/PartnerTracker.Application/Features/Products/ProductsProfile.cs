using AutoMapper;
using PartnerTracker.Domain;

namespace PartnerTracker.Application.Features.Products;

/// <summary>Entity → DTO maps for the Products feature; used by ProjectTo so only the needed columns are read.</summary>
public sealed class ProductsProfile : Profile
{
    // The DTOs are flat, so no map needs depth; the cap guards against a nested map ever creeping in.
    private const int Depth = 1;

    public ProductsProfile()
    {
        CreateMap<Product, ProductListItem>().MaxDepth(Depth);
        CreateMap<Product, ProductHeader>().MaxDepth(Depth);
        CreateMap<DealProduct, ProductDealItem>().MaxDepth(Depth);
    }
}

using PartnerTracker.Application.Features.Deals;
using PartnerTracker.Domain;

namespace PartnerTracker.Application.Features.Products;

// Flat on purpose (docs/adr/0007-automapper-14-pin-and-its-advisory.md): a product names its owner and its deals, it never nests them.

public sealed record ProductListItem
{
    public int Id { get; init; }
    public string Name { get; init; } = "";
    public ProductKind Kind { get; init; }
    public int CompanyId { get; init; }
    public string CompanyName { get; init; } = "";
    public DateOnly? ReleaseStart { get; init; }
    public DatePrecision? ReleasePrecision { get; init; }
    public bool ReleaseIsPlanned { get; init; }
}

public sealed record ProductHeader
{
    public int Id { get; init; }
    public string Name { get; init; } = "";
    public ProductKind Kind { get; init; }
    public string? Description { get; init; }
    public int CompanyId { get; init; }
    public string CompanyName { get; init; } = "";
    public DateOnly? ReleaseStart { get; init; }
    public DatePrecision? ReleasePrecision { get; init; }
    public bool ReleaseIsPlanned { get; init; }
    public Guid Version { get; init; }
}

/// <summary>A product's role in one deal.</summary>
public sealed record ProductDealItem
{
    public int Id { get; init; }
    public int DealId { get; init; }
    public string DealName { get; init; } = "";
    public DealProductRole Role { get; init; }
}

/// <summary>Everything the product page shows, each part read by its own query.</summary>
/// <param name="Citations">What is cited about the product, and about its roles in deals (by DealProductId).</param>
public sealed record ProductDetails(ProductHeader Header, IReadOnlyList<ProductDealItem> Deals, IReadOnlyList<DealCitationItem> Citations);

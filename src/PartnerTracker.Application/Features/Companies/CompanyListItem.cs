namespace PartnerTracker.Application.Features.Companies;

/// <summary>A row of the companies list. Flat: the owner is named, not nested.</summary>
public sealed record CompanyListItem
{
    public int Id { get; init; }
    public string Name { get; init; } = "";
    public string? CountryCode { get; init; }
    public string? Sector { get; init; }
    public string? ParentCompanyName { get; init; }
    public int DealCount { get; init; }
}

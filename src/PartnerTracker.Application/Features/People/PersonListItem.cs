namespace PartnerTracker.Application.Features.People;

public sealed record PersonListItem
{
    public int Id { get; init; }
    public string FullName { get; init; } = "";
    public string? NativeName { get; init; }
    public string? Title { get; init; }
    public string? CompanyName { get; init; }
    public int DealCount { get; init; }
    public int EventCount { get; init; }
}

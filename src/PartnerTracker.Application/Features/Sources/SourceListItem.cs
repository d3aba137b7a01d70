namespace PartnerTracker.Application.Features.Sources;

public sealed record SourceListItem
{
    public int Id { get; init; }
    public string Title { get; init; } = "";
    public string? Publisher { get; init; }
    public string? Author { get; init; }
    public DateOnly? PublishedOn { get; init; }
    public string? Url { get; init; }
    public int CitationCount { get; init; }
}

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

/// <summary>A source as a picker shows it.</summary>
public sealed record SourceChoice(int Id, string Title, string? Publisher, DateOnly? PublishedOn)
{
    public override string ToString() => Publisher is null ? Title : $"{Title} ({Publisher})";
}

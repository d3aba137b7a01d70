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

/// <summary>A fact a source supports: the quote, what it is about, and where that lives in the app.</summary>
public sealed record SourceFact(int CitationId, Domain.CitationSubject Subject, string Quote, string About, string? Link);

/// <summary>A source as its page shows it.</summary>
public sealed record SourceDetails(int Id, string Title, string? Publisher, string? Author, string? Url, DateOnly? PublishedOn, DateOnly? RetrievedOn, string? Language, string? Text, Guid Version);

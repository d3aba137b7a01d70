namespace PartnerTracker.Application.Features.ArticleAssistant;

/// <summary>An article as the analyst pastes it (or as fetched, or read from a file): what the source record will hold.</summary>
public sealed class ArticleInput
{
    public string Title { get; set; } = "";
    public string? Publisher { get; set; }
    public string? Author { get; set; }
    public DateOnly? PublishedOn { get; set; }
    public string? Url { get; set; }
    public string Text { get; set; } = "";
}

using PartnerTracker.Application.Common;
using PartnerTracker.Domain;

namespace PartnerTracker.Application.Features.Sources;

/// <summary>The source form's fields.</summary>
public sealed class SourceEditModel : IEditModel
{
    public const int TitleMaxLength = 500;
    public const int NameMaxLength = 200;
    public const int TextMaxLength = 200_000;

    public string Title { get; set; } = "";
    public string? Publisher { get; set; }
    public string? Author { get; set; }
    public string? Url { get; set; }
    public DateOnly? PublishedOn { get; set; }
    public DateOnly? RetrievedOn { get; set; }
    public string? Language { get; set; } = "en";
    public string? Text { get; set; }
    public Guid Version { get; set; }

    public static SourceEditModel From(SourceArticle source) => new()
    {
        Title = source.Title,
        Publisher = source.Publisher,
        Author = source.Author,
        Url = source.Url,
        PublishedOn = source.PublishedOn,
        RetrievedOn = source.RetrievedOn,
        Language = source.Language,
        Text = source.Text,
        Version = source.Version,
    };

    public IReadOnlyDictionary<string, string?> Describe() => new Dictionary<string, string?>
    {
        ["Title"] = Title.Trim(),
        ["Publisher"] = Publisher?.Trim(),
        ["Author"] = Author?.Trim(),
        ["URL"] = Url?.Trim(),
        ["Published"] = PublishedOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["Text"] = Text is null ? null : $"{Text.Trim().Length:N0} characters",
    };
}

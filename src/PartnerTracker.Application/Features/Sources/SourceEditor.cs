using Microsoft.EntityFrameworkCore;
using PartnerTracker.Application.Common;
using PartnerTracker.Data;
using PartnerTracker.Domain;

namespace PartnerTracker.Application.Features.Sources;

/// <summary>Source article writes. A URL is stored only when absolute http(s), and only once.</summary>
public sealed class SourceEditor(IDbContextFactory<PartnerTrackerDbContext> contexts, ICurrentUser user, TimeProvider clock)
    : VersionedEditor<SourceArticle, SourceEditModel>(contexts, user)
{
    protected override string RecordName => "Source";

    protected override SourceEditModel ToModel(SourceArticle entity) => SourceEditModel.From(entity);

    protected override string NameOf(SourceArticle entity) => entity.Title;

    protected override SourceArticle NewEntity(SourceEditModel model) => new() { Title = model.Title.Trim() };

    protected override void Apply(SourceArticle source, SourceEditModel model)
    {
        source.Title = model.Title.Trim();
        source.Publisher = Texts.Clean(model.Publisher);
        source.Author = Texts.Clean(model.Author);
        source.Url = Texts.Clean(model.Url);
        source.PublishedOn = model.PublishedOn;
        source.RetrievedOn = model.RetrievedOn;
        source.Language = Texts.Clean(model.Language);
        source.Text = string.IsNullOrWhiteSpace(model.Text) ? null : model.Text;
    }

    protected override async Task<Validation> ValidateAsync(PartnerTrackerDbContext db, SourceEditModel model, int? id, CancellationToken cancellationToken)
    {
        var url = model.Url?.Trim();
        var validation = new Validation()
            .Check(nameof(model.Title), Rules.RequiredText(model.Title, "Title", SourceEditModel.TitleMaxLength))
            .Check(nameof(model.Publisher), Rules.OptionalText(model.Publisher, "Publisher", SourceEditModel.NameMaxLength))
            .Check(nameof(model.Author), Rules.OptionalText(model.Author, "Author", SourceEditModel.NameMaxLength))
            .Check(nameof(model.Url), Rules.OptionalText(url, "URL", SourceArticle.UrlMaxLength) ?? Rules.HttpUrl(url))
            .Check(nameof(model.Language), Rules.OptionalText(model.Language, "Language", 20))
            .Check(nameof(model.Text), model.Text is { Length: > SourceEditModel.TextMaxLength } ? $"The text must be at most {SourceEditModel.TextMaxLength:N0} characters; paste the relevant part." : Rules.Characters(model.Text, "Text"))
            .Check(nameof(model.PublishedOn), IsPast(model.PublishedOn) ? null : "The publication date must be a real date, not in the future.")
            .Check(nameof(model.RetrievedOn), IsPast(model.RetrievedOn) ? null : "The retrieval date must be a real date, not in the future.");
        if (validation.IsValid && !string.IsNullOrEmpty(url)
            && await db.SourceArticles.Where(s => s.Id != id && s.Url == url).Select(s => s.Title).FirstOrDefaultAsync(cancellationToken) is { } existing)
        {
            validation.Check(nameof(model.Url), $"This URL is already recorded as “{existing}”.");
        }

        return validation;
    }

    /// <summary>No date, or one from 1900 to tomorrow (a day's grace for time zones).</summary>
    private bool IsPast(DateOnly? date) => date is null || (date.Value.Year >= 1900 && date <= DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).AddDays(1));

    protected override Task<IReadOnlyDictionary<string, string?>> DescribeAsync(PartnerTrackerDbContext db, SourceEditModel model, CancellationToken cancellationToken) =>
        Task.FromResult(model.Describe());

    /// <summary>A source that supports facts stays: provenance must not vanish as a side effect.</summary>
    protected override async Task<string?> DeletionBlockerAsync(PartnerTrackerDbContext db, int id, string name, CancellationToken cancellationToken)
    {
        var citations = await db.Citations.CountAsync(c => c.SourceArticleId == id, cancellationToken);
        var stages = await db.StageChanges.CountAsync(s => s.SourceArticleId == id, cancellationToken);
        return citations + stages == 0
            ? null
            : $"“{name}” supports {Texts.Count(citations, "cited fact", "cited facts")} and {Texts.Count(stages, "stage change", "stage changes")}; remove those citations first.";
    }

    protected override Task<string> DeletionQuestionAsync(PartnerTrackerDbContext db, int id, string name, CancellationToken cancellationToken) =>
        Task.FromResult($"Delete “{name}”? It supports no fact.");

    protected override Task RemoveDependentsAsync(PartnerTrackerDbContext db, int id, CancellationToken cancellationToken) => Task.CompletedTask;
}

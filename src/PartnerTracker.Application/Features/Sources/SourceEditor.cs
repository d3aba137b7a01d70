using Microsoft.EntityFrameworkCore;
using PartnerTracker.Application.Common;
using PartnerTracker.Data;
using PartnerTracker.Domain;

namespace PartnerTracker.Application.Features.Sources;

/// <summary>Source article writes. A URL is stored only when absolute http(s), and only once.</summary>
public sealed class SourceEditor(IDbContextFactory<PartnerTrackerDbContext> contexts)
{
    public async Task<SourceEditModel?> GetAsync(int sourceId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var source = await db.SourceArticles.AsNoTracking().SingleOrDefaultAsync(s => s.Id == sourceId, cancellationToken);
        return source is null ? null : SourceEditModel.From(source);
    }

    public async Task<CommandResult> CreateAsync(SourceEditModel model, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var validation = await ValidateAsync(db, model, null, cancellationToken);
        if (!validation.IsValid)
        {
            return validation.ToResult();
        }

        var source = new SourceArticle { Title = model.Title.Trim() };
        Apply(source, model);
        db.SourceArticles.Add(source);
        await db.SaveChangesAsync(cancellationToken);
        return new CommandResult.Saved(source.Id);
    }

    public async Task<CommandResult> UpdateAsync(int sourceId, SourceEditModel model, bool overwrite = false, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var source = await db.SourceArticles.SingleOrDefaultAsync(s => s.Id == sourceId, cancellationToken);
        if (source is null)
        {
            return new CommandResult.NotFound($"Source {sourceId} no longer exists.");
        }

        if (!overwrite && source.Version != model.Version)
        {
            var (mine, theirs) = (model.Describe(), SourceEditModel.From(source).Describe());
            return new CommandResult.Conflict(mine.Where(f => f.Value != theirs[f.Key]).Select(f => new FieldConflict(f.Key, f.Value, theirs[f.Key])).ToList());
        }

        var validation = await ValidateAsync(db, model, sourceId, cancellationToken);
        if (!validation.IsValid)
        {
            return validation.ToResult();
        }

        db.Entry(source).Property(s => s.Version).OriginalValue = overwrite ? source.Version : model.Version;
        source.Title = model.Title.Trim();
        Apply(source, model);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new CommandResult.Conflict([new FieldConflict("Source", "your edit", "changed by someone else meanwhile; reload")]);
        }

        return new CommandResult.Saved(source.Id);
    }

    /// <summary>Deletes a source that supports no fact; one that does is refused with the count.</summary>
    public async Task<CommandResult> DeleteAsync(int sourceId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var source = await db.SourceArticles.SingleOrDefaultAsync(s => s.Id == sourceId, cancellationToken);
        if (source is null)
        {
            return new CommandResult.NotFound($"Source {sourceId} was already deleted.");
        }

        var citations = await db.Citations.CountAsync(c => c.SourceArticleId == sourceId, cancellationToken);
        var stages = await db.StageChanges.CountAsync(s => s.SourceArticleId == sourceId, cancellationToken);
        if (citations + stages > 0)
        {
            return CommandResult.Invalid.One("", $"“{source.Title}” supports {citations} cited fact(s) and {stages} stage change(s); remove those citations first.");
        }

        db.SourceArticles.Remove(source);
        await db.SaveChangesAsync(cancellationToken);
        return new CommandResult.Saved(sourceId);
    }

    private static void Apply(SourceArticle source, SourceEditModel model)
    {
        source.Publisher = Trimmed(model.Publisher);
        source.Author = Trimmed(model.Author);
        source.Url = Trimmed(model.Url);
        source.PublishedOn = model.PublishedOn;
        source.RetrievedOn = model.RetrievedOn;
        source.Language = Trimmed(model.Language);
        source.Text = string.IsNullOrWhiteSpace(model.Text) ? null : model.Text;
    }

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static async Task<Validation> ValidateAsync(PartnerTrackerDbContext db, SourceEditModel model, int? sourceId, CancellationToken cancellationToken)
    {
        var url = model.Url?.Trim();
        var validation = new Validation()
            .Check(nameof(model.Title), Rules.RequiredText(model.Title, "Title", SourceEditModel.TitleMaxLength))
            .Check(nameof(model.Publisher), Rules.OptionalText(model.Publisher, "Publisher", SourceEditModel.NameMaxLength))
            .Check(nameof(model.Author), Rules.OptionalText(model.Author, "Author", SourceEditModel.NameMaxLength))
            .Check(nameof(model.Url), Rules.OptionalText(url, "URL", SourceArticle.UrlMaxLength) ?? Rules.HttpUrl(url))
            .Check(nameof(model.Language), Rules.OptionalText(model.Language, "Language", 20))
            .Check(nameof(model.Text), model.Text is { Length: > SourceEditModel.TextMaxLength } ? $"The text must be at most {SourceEditModel.TextMaxLength:N0} characters; paste the relevant part." : null)
            .Check(nameof(model.PublishedOn), model.PublishedOn is { Year: < 1900 } || model.PublishedOn > DateOnly.FromDateTime(DateTime.UtcNow).AddDays(1) ? "The publication date must be a real date, not in the future." : null);
        if (validation.IsValid && !string.IsNullOrEmpty(url)
            && await db.SourceArticles.Where(s => s.Id != sourceId && s.Url == url).Select(s => s.Title).FirstOrDefaultAsync(cancellationToken) is { } existing)
        {
            validation.Check(nameof(model.Url), $"This URL is already recorded as “{existing}”.");
        }

        return validation;
    }
}

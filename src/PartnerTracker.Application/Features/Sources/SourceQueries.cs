using Microsoft.EntityFrameworkCore;
using PartnerTracker.Application.Common;
using PartnerTracker.Data;
using PartnerTracker.Domain;

namespace PartnerTracker.Application.Features.Sources;

public static class SourceQueries
{
    public static readonly SortColumns<SourceArticle> Sort = new SortColumns<SourceArticle>(nameof(SourceListItem.PublishedOn), s => s.Id)
        .Add(nameof(SourceListItem.PublishedOn), s => s.PublishedOn)
        .Add(nameof(SourceListItem.Title), s => s.Title)
        .Add(nameof(SourceListItem.Publisher), s => s.Publisher)
        .Add(nameof(SourceListItem.Author), s => s.Author)
        .Add(nameof(SourceListItem.CitationCount), s => s.Citations.Count);

    public static IQueryable<SourceArticle> List(PartnerTrackerDbContext db) => db.SourceArticles.AsNoTracking();

    /// <summary>Sources whose title or publisher contains the text, newest first, for pickers.</summary>
    public static IQueryable<SourceChoice> Find(PartnerTrackerDbContext db, string? text)
    {
        var sources = db.SourceArticles.AsNoTracking();
        if (TextSearch.ContainsPattern(text) is { } pattern)
        {
            sources = sources.Where(s => EF.Functions.Like(s.Title, pattern, TextSearch.Escape.ToString())
                || EF.Functions.Like(s.Publisher!, pattern, TextSearch.Escape.ToString()));
        }

        return sources.OrderByDescending(s => s.PublishedOn).ThenBy(s => s.Id).Take(10)
            .Select(s => new SourceChoice(s.Id, s.Title, s.Publisher, s.PublishedOn));
    }
}

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
}

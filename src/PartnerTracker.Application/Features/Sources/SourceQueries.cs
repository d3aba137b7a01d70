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

    /// <summary>Sources whose title, publisher or author contains <paramref name="search"/> (all when it is empty).</summary>
    public static IQueryable<SourceArticle> List(PartnerTrackerDbContext db, string? search = null) =>
        TextSearch.ContainsPattern(search) is not { } pattern
            ? db.SourceArticles.AsNoTracking()
            : db.SourceArticles.AsNoTracking().Where(s => EF.Functions.Like(s.Title, pattern, TextSearch.EscapeText)
                || EF.Functions.Like(s.Publisher!, pattern, TextSearch.EscapeText) || EF.Functions.Like(s.Author!, pattern, TextSearch.EscapeText));

    public static IQueryable<SourceDetails> Details(PartnerTrackerDbContext db, int sourceId) =>
        db.SourceArticles.AsNoTracking().Where(s => s.Id == sourceId)
            .Select(s => new SourceDetails(s.Id, s.Title, s.Publisher, s.Author, s.Url, s.PublishedOn, s.RetrievedOn, s.Language, s.Text, s.Version));

    /// <summary>Every fact the source supports, with the names of what each is about, read in one query.</summary>
    public static IQueryable<SourceFactRow> Facts(PartnerTrackerDbContext db, int sourceId) =>
        db.Citations.AsNoTracking().Where(c => c.SourceArticleId == sourceId).OrderBy(c => c.Id).Take(1_000)
            .Select(c => new SourceFactRow(
                c.Id, c.Subject, c.Quote, c.DealId, c.Deal!.Name, c.DealParticipant!.Company!.Name, c.DealPerson!.Person!.FullName,
                c.DealProduct!.Product!.Name, c.EventId, c.Event!.Name, c.CompanyId, c.Company!.Name, c.PersonId, c.Person!.FullName, c.ProductId, c.Product!.Name));

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

/// <summary>The raw columns of a fact; <see cref="ToFact"/> turns them into words and a link.</summary>
public sealed record SourceFactRow(
    int CitationId, CitationSubject Subject, string Quote, int? DealId, string? DealName, string? ParticipantName, string? DealPersonName,
    string? DealProductName, int? EventId, string? EventName, int? CompanyId, string? CompanyName, int? PersonId, string? PersonName,
    int? ProductId, string? ProductName)
{
    public SourceFact ToFact() => Subject switch
    {
        CitationSubject.Deal => new(CitationId, Subject, Quote, $"Deal {DealName}", $"/deals/{DealId}"),
        CitationSubject.DealValue => new(CitationId, Subject, Quote, $"Value of {DealName}", $"/deals/{DealId}"),
        CitationSubject.DealDate => new(CitationId, Subject, Quote, $"Date of {DealName}", $"/deals/{DealId}"),
        CitationSubject.Participant => new(CitationId, Subject, Quote, $"{ParticipantName} in {DealName}", $"/deals/{DealId}"),
        CitationSubject.DealPerson => new(CitationId, Subject, Quote, $"{DealPersonName} in {DealName}", $"/deals/{DealId}"),
        CitationSubject.DealProduct => new(CitationId, Subject, Quote, $"{DealProductName} in {DealName}", $"/deals/{DealId}"),
        CitationSubject.StageChange => new(CitationId, Subject, Quote, $"Stage of {DealName}", $"/deals/{DealId}"),
        CitationSubject.Event => new(CitationId, Subject, Quote, $"Event {EventName}", $"/events/{EventId}"),
        CitationSubject.Company => new(CitationId, Subject, Quote, $"Company {CompanyName}", $"/companies/{CompanyId}"),
        CitationSubject.Person => new(CitationId, Subject, Quote, $"Person {PersonName}", $"/people/{PersonId}"),
        _ => new(CitationId, Subject, Quote, $"Product {ProductName}", $"/products/{ProductId}"),
    };
}

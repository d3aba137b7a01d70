using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using PartnerTracker.Application.Common;
using PartnerTracker.Data;
using PartnerTracker.Domain;

namespace PartnerTracker.Application.Features.Citations;

/// <summary>
/// Records provenance: which sentence of which source supports which fact. When the source's text is stored,
/// the quote must occur in it, so a citation can always be found again where it came from.
/// </summary>
public sealed partial class CitationEditor(IDbContextFactory<PartnerTrackerDbContext> contexts, ICurrentUser user)
{
    public async Task<CommandResult> AddAsync(CitationModel model, CancellationToken cancellationToken = default)
    {
        if (Permission.RefuseWrite(user) is { } forbidden)
        {
            return forbidden;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);

        // A deal deleted while the dialog was open is someone else's change, not the user's input.
        if (model.DealId is { } citedDeal && !await db.Deals.AnyAsync(d => d.Id == citedDeal, cancellationToken))
        {
            return new CommandResult.NotFound($"Deal {citedDeal} no longer exists.");
        }

        var validation = new Validation()
            .Check(nameof(model.SourceArticleId), model.SourceArticleId is null ? "Pick the source the sentence comes from." : null)
            .Check(nameof(model.Quote), Rules.RequiredText(model.Quote, "Quote", Citation.QuoteMaxLength))
            .Check(nameof(model.Subject), Rules.Defined(model.Subject, "Fact"));
        if (!validation.IsValid)
        {
            return validation.ToResult();
        }

        var source = await db.SourceArticles.AsNoTracking().Where(s => s.Id == model.SourceArticleId)
            .Select(s => new { s.Text }).SingleOrDefaultAsync(cancellationToken);
        if (source is null)
        {
            validation.Check(nameof(model.SourceArticleId), "That source no longer exists.");
        }
        else
        {
            validation.Check(nameof(model.Quote), QuoteIn(source.Text, model.Quote));
        }

        var citation = new Citation { SourceArticleId = model.SourceArticleId!.Value, Quote = model.Quote.Trim(), Subject = model.Subject };
        validation.Check(nameof(model.TargetId), await TargetAsync(db, model, citation, cancellationToken));
        if (!validation.IsValid)
        {
            return validation.ToResult();
        }

        db.Citations.Add(citation);
        if (await db.RefusedSaveAsync("citation", cancellationToken) is { } refused)
        {
            return refused;
        }
        return new CommandResult.Saved(citation.Id);
    }

    public async Task<CommandResult> RemoveAsync(int citationId, CancellationToken cancellationToken = default)
    {
        if (Permission.RefuseWrite(user) is { } forbidden)
        {
            return forbidden;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var citation = await db.Citations.SingleOrDefaultAsync(c => c.Id == citationId, cancellationToken);
        if (citation is null)
        {
            return new CommandResult.NotFound("That citation was already removed.");
        }

        db.Citations.Remove(citation);
        if (await db.RefusedSaveAsync("citation", cancellationToken) is { } refused)
        {
            return refused;
        }
        return new CommandResult.Saved(citationId);
    }

    /// <summary>Points the citation at its fact; returns a message when the fact does not exist or is not the deal's.</summary>
    private static async Task<string?> TargetAsync(PartnerTrackerDbContext db, CitationModel model, Citation citation, CancellationToken cancellationToken)
    {
        var dealId = model.DealId;
        var target = model.TargetId;
        switch (model.Subject)
        {
            case CitationSubject.Deal or CitationSubject.DealValue or CitationSubject.DealDate:
                citation.DealId = dealId;
                return dealId is { } d && await db.Deals.AnyAsync(x => x.Id == d, cancellationToken) ? null : "Pick the deal.";
            case CitationSubject.Participant:
                (citation.DealId, citation.DealParticipantId) = (dealId, target);
                return await db.DealParticipants.AnyAsync(p => p.Id == target && p.DealId == dealId, cancellationToken) ? null : "Pick one of this deal's participants.";
            case CitationSubject.DealPerson:
                (citation.DealId, citation.DealPersonId) = (dealId, target);
                return await db.DealPeople.AnyAsync(p => p.Id == target && p.DealId == dealId, cancellationToken) ? null : "Pick one of this deal's people.";
            case CitationSubject.DealProduct:
                (citation.DealId, citation.DealProductId) = (dealId, target);
                return await db.DealProducts.AnyAsync(p => p.Id == target && p.DealId == dealId, cancellationToken) ? null : "Pick one of this deal's products.";
            case CitationSubject.StageChange:
                (citation.DealId, citation.StageChangeId) = (dealId, target);
                return await db.StageChanges.AnyAsync(s => s.Id == target && s.DealId == dealId, cancellationToken) ? null : "Pick one of this deal's stage changes.";
            case CitationSubject.Event:
                citation.EventId = target;
                return await db.Events.AnyAsync(e => e.Id == target, cancellationToken) ? null : "Pick the event.";
            case CitationSubject.Company:
                citation.CompanyId = target;
                return await db.Companies.AnyAsync(c => c.Id == target, cancellationToken) ? null : "Pick the company.";
            case CitationSubject.Person:
                citation.PersonId = target;
                return await db.People.AnyAsync(p => p.Id == target, cancellationToken) ? null : "Pick the person.";
            case CitationSubject.Product:
                citation.ProductId = target;
                return await db.Products.AnyAsync(p => p.Id == target, cancellationToken) ? null : "Pick the product.";
            default:
                return "Pick which fact the sentence supports.";
        }
    }

    /// <summary>
    /// When the source's text is stored, a quote from it must occur in it (whitespace aside), so every citation can be
    /// found again where it came from; null when it does, or when there is no text to check against.
    /// </summary>
    public static string? QuoteIn(string? sourceText, string quote) =>
        sourceText is { Length: > 0 } text && !Squash(text).Contains(Squash(quote), StringComparison.Ordinal)
            ? "This sentence does not occur in the source's text; paste it exactly as published."
            : null;

    /// <summary>Whitespace-insensitive text, so a quote copied across a line break still matches.</summary>
    private static string Squash(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}

using Microsoft.EntityFrameworkCore;
using PartnerTracker.Application.Common;
using PartnerTracker.Application.Features.Citations;
using PartnerTracker.Data;
using PartnerTracker.Domain;

namespace PartnerTracker.Application.Features.Deals;

/// <summary>The deal's writes: create, edit (with conflict detection), change stage (recorded in history), delete.</summary>
public sealed class DealEditor(IDbContextFactory<PartnerTrackerDbContext> contexts, ICurrentUser user)
{
    public const decimal MaxRateToUsd = 100_000m;

    /// <summary>The form for a new deal, or for an existing one as stored now.</summary>
    public async Task<DealEditModel?> GetAsync(int dealId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var deal = await db.Deals.AsNoTracking().Include(d => d.FxRate).SingleOrDefaultAsync(d => d.Id == dealId, cancellationToken);
        return deal is null ? null : DealEditModel.From(deal);
    }

    /// <summary>The latest stored rate for a currency on or before a date, to prefill the form.</summary>
    public async Task<FxRate?> FindRateAsync(string currency, DateOnly onOrBefore, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await DealQueries.LatestRate(db, currency, onOrBefore).FirstOrDefaultAsync(cancellationToken);
    }

    public async Task<CommandResult> CreateAsync(DealEditModel model, CancellationToken cancellationToken = default)
    {
        if (Permission.RefuseWrite(user) is { } forbidden)
        {
            return forbidden;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var validation = await ValidateAsync(db, model, dealId: null, cancellationToken);
        if (!validation.IsValid)
        {
            return validation.ToResult();
        }

        var deal = new Deal { Name = model.Name.Trim(), Stage = model.Stage };
        await ApplyAsync(db, deal, model, cancellationToken);
        RecordFirstStage(deal, user.Name);
        db.Deals.Add(deal);
        await db.SaveChangesAsync(cancellationToken);
        return new CommandResult.Saved(deal.Id);
    }

    /// <param name="overwrite">True when the user saw the conflict and chose to replace the stored values.</param>
    public async Task<CommandResult> UpdateAsync(int dealId, DealEditModel model, bool overwrite = false, CancellationToken cancellationToken = default)
    {
        if (Permission.RefuseWrite(user) is { } forbidden)
        {
            return forbidden;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var deal = await db.Deals.Include(d => d.FxRate).SingleOrDefaultAsync(d => d.Id == dealId, cancellationToken);
        if (deal is null)
        {
            return new CommandResult.NotFound($"Deal {dealId} no longer exists; someone may have deleted it.");
        }

        if (!overwrite && deal.Version != model.Version)
        {
            return Conflict(model, DealEditModel.From(deal));
        }

        var validation = await ValidateAsync(db, model, dealId, cancellationToken);
        if (!validation.IsValid)
        {
            return validation.ToResult();
        }

        // The token the user saw is the one the UPDATE must still find, so a save that lands between our read
        // and our write is caught by the database, not lost.
        db.Entry(deal).Property(d => d.Version).OriginalValue = overwrite ? deal.Version : model.Version;
        deal.Name = model.Name.Trim();
        await ApplyAsync(db, deal, model, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return await CurrentConflictAsync(dealId, model, cancellationToken);
        }

        return new CommandResult.Saved(deal.Id);
    }

    /// <summary>Moves a deal to another stage and records when that took effect, who said so, and the source.</summary>
    public async Task<CommandResult> ChangeStageAsync(int dealId, StageChangeModel change, CancellationToken cancellationToken = default)
    {
        if (Permission.RefuseWrite(user) is { } forbidden)
        {
            return forbidden;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var deal = await db.Deals.SingleOrDefaultAsync(d => d.Id == dealId, cancellationToken);
        if (deal is null)
        {
            return new CommandResult.NotFound($"Deal {dealId} no longer exists; someone may have deleted it.");
        }

        // A blank quote is no quote: it must not become a citation that quotes nothing.
        var quote = Texts.Clean(change.Quote);
        var validation = new Validation()
            .Check(nameof(change.ToStage), Rules.Defined(change.ToStage, "Stage"))
            .Check(nameof(change.ToStage), change.ToStage == deal.Stage ? $"The deal is already {change.ToStage}." : null)
            .Check(nameof(change.EffectiveOn), change.EffectiveOn is null ? "Say when the change took effect." : null)
            .Check(nameof(change.EffectiveOn), Rules.PartialDate(change.EffectiveOn, change.EffectivePrecision, "Effective date"))
            .Check(nameof(change.Quote), Rules.OptionalText(change.Quote, "Quote", Citation.QuoteMaxLength))
            .Check(nameof(change.SourceArticleId), quote is not null && change.SourceArticleId is null ? "Pick the source the quote comes from." : null);
        if (change.SourceArticleId is { } sourceId)
        {
            var source = await db.SourceArticles.Where(s => s.Id == sourceId).Select(s => new { s.Text }).SingleOrDefaultAsync(cancellationToken);
            validation.Check(nameof(change.SourceArticleId), source is null ? "That source article no longer exists." : null);
            validation.Check(nameof(change.Quote), source is not null && quote is not null ? CitationEditor.QuoteIn(source.Text, quote) : null);
        }

        if (!validation.IsValid)
        {
            return validation.ToResult();
        }

        if (deal.Version != change.Version)
        {
            return new CommandResult.Conflict([new FieldConflict("Stage", change.ToStage.ToString(), deal.Stage.ToString())]);
        }

        var entry = new StageChange
        {
            FromStage = deal.Stage,
            ToStage = change.ToStage,
            EffectiveOn = new PartialDate(change.EffectiveOn!.Value, change.EffectivePrecision!.Value),
            RecordedBy = user.Name,
            RecordedAtUtc = DateTime.UtcNow,
            SourceArticleId = change.SourceArticleId,
        };
        deal.StageHistory.Add(entry);
        deal.Stage = change.ToStage;
        db.Entry(deal).Property(d => d.Version).OriginalValue = change.Version;
        if (quote is not null)
        {
            db.Citations.Add(new Citation { Deal = deal, StageChange = entry, SourceArticleId = change.SourceArticleId!.Value, Quote = quote, Subject = CitationSubject.StageChange });
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new CommandResult.Conflict([new FieldConflict("Stage", change.ToStage.ToString(), "changed by someone else; reload")]);
        }

        return new CommandResult.Saved(deal.Id);
    }

    /// <summary>What deleting the deal would take with it, in words, for the confirmation; null when it is gone.</summary>
    public async Task<string?> DescribeDeletionAsync(int dealId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var counts = await db.Deals.AsNoTracking().Where(d => d.Id == dealId).Select(d => new
        {
            d.Name,
            Participants = d.Participants.Count,
            Citations = d.Citations.Count,
            Stages = d.StageHistory.Count,
            Links = d.OutgoingLinks.Count + d.IncomingLinks.Count,
            SubDeals = d.SubDeals.Count,
        }).SingleOrDefaultAsync(cancellationToken);
        return counts is null ? null
            : $"Delete “{counts.Name}” with its {counts.Participants} participant role(s), {counts.Stages} stage change(s), "
              + $"{counts.Citations} citation(s) and {counts.Links} link(s) to other deals?"
              + (counts.SubDeals > 0 ? $" It has {counts.SubDeals} sub-deal(s): those must be deleted or moved first." : "");
    }

    /// <summary>Deletes a deal and everything that only describes it; refused while sub-deals point at it.</summary>
    public async Task<CommandResult> DeleteAsync(int dealId, Guid version, CancellationToken cancellationToken = default)
    {
        if (Permission.RefuseWrite(user) is { } forbidden)
        {
            return forbidden;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var deal = await db.Deals.SingleOrDefaultAsync(d => d.Id == dealId, cancellationToken);
        if (deal is null)
        {
            return new CommandResult.NotFound($"Deal {dealId} was already deleted.");
        }

        var subDeals = await db.Deals.Where(d => d.ParentDealId == dealId).Select(d => d.Name).ToListAsync(cancellationToken);
        if (subDeals.Count > 0)
        {
            return CommandResult.Invalid.One("", $"“{deal.Name}” still has sub-deals ({string.Join(", ", subDeals)}); delete them or move them to another parent first.");
        }

        if (deal.Version != version)
        {
            return new CommandResult.Conflict([new FieldConflict("Deal", "delete", "changed by someone else since you opened it; reload and decide again")]);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // Citations and links are not cascaded by the schema (SQL Server allows one cascade path per table),
        // so they go explicitly, in the same transaction as the deal.
        db.Citations.RemoveRange(await db.Citations.Where(c => c.DealId == dealId).ToListAsync(cancellationToken));
        db.DealLinks.RemoveRange(await db.DealLinks.Where(l => l.FromDealId == dealId || l.ToDealId == dealId).ToListAsync(cancellationToken));
        db.EventDeals.RemoveRange(await db.EventDeals.Where(e => e.DealId == dealId).ToListAsync(cancellationToken));
        db.Entry(deal).Property(d => d.Version).OriginalValue = version;
        db.Deals.Remove(deal);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new CommandResult.Saved(dealId);
    }

    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    private static CommandResult.Conflict Conflict(DealEditModel yours, DealEditModel stored)
    {
        return CommandResult.Conflict.Between(yours.Describe(), stored.Describe());
    }

    private async Task<CommandResult> CurrentConflictAsync(int dealId, DealEditModel model, CancellationToken cancellationToken)
    {
        var stored = await GetAsync(dealId, cancellationToken);
        return stored is null ? new CommandResult.NotFound($"Deal {dealId} was deleted while you edited it.") : Conflict(model, stored);
    }

    private static async Task<Validation> ValidateAsync(PartnerTrackerDbContext db, DealEditModel model, int? dealId, CancellationToken cancellationToken)
    {
        var validation = DealRules.Validate(model);
        if (model.ParentDealId is { } parentId)
        {
            if (parentId == dealId)
            {
                validation.Check(nameof(model.ParentDealId), "A deal cannot be its own parent.");
            }
            else if (!await db.Deals.AnyAsync(d => d.Id == parentId, cancellationToken))
            {
                validation.Check(nameof(model.ParentDealId), "The parent deal no longer exists.");
            }
            else if (dealId is { } id && await IsAncestorAsync(db, id, parentId, cancellationToken))
            {
                validation.Check(nameof(model.ParentDealId), "That deal is part of this one; a deal cannot sit inside its own sub-deal.");
            }
        }

        if (model.HasValue && model.ValueCurrency != "USD" && model.ValueCurrency is { } currency && model.FxRateDate is { } date && model.FxRateToUsd is { } rate)
        {
            var stored = await db.FxRates.AsNoTracking().SingleOrDefaultAsync(r => r.CurrencyCode == currency && r.Date == date, cancellationToken);
            validation.Check(nameof(model.FxRateToUsd), StoredRateConflict(stored, rate));
        }

        return validation;
    }

    /// <summary>The message when a different rate is already stored for the currency and date; null when none or the same.</summary>
    internal static string? StoredRateConflict(FxRate? stored, decimal rate) =>
        stored is not null && stored.RateToUsd != rate
            ? $"A rate for {stored.CurrencyCode} on {stored.Date:yyyy-MM-dd} is already stored ({stored.RateToUsd} from {stored.Source}); use it or another date."
            : null;

    /// <summary>True when <paramref name="dealId"/> is <paramref name="candidateParentId"/> or one of its ancestors.</summary>
    private static async Task<bool> IsAncestorAsync(PartnerTrackerDbContext db, int dealId, int candidateParentId, CancellationToken cancellationToken)
    {
        int? current = candidateParentId;
        for (var depth = 0; current is not null && depth < 100; depth++)
        {
            if (current == dealId)
            {
                return true;
            }

            var id = current.Value;
            current = await db.Deals.Where(d => d.Id == id).Select(d => d.ParentDealId).SingleOrDefaultAsync(cancellationToken);
        }

        return false;
    }

    private static async Task ApplyAsync(PartnerTrackerDbContext db, Deal deal, DealEditModel model, CancellationToken cancellationToken)
    {
        Apply(deal, model);
        if (model.HasValue)
        {
            deal.FxRate = await RateAsync(db, model, model.ValueCurrency!, cancellationToken);
        }
    }

    /// <summary>
    /// Copies validated fields onto a deal: the form's and the import's one mapping. A disclosed value still needs
    /// its stored dated rate (<see cref="Deal.FxRate"/>), which the caller sets.
    /// </summary>
    internal static void Apply(Deal deal, DealEditModel model)
    {
        deal.Kind = model.Kind;
        deal.Verification = model.Verification;
        deal.Summary = string.IsNullOrWhiteSpace(model.Summary) ? null : model.Summary.Trim();
        deal.CountryCode = string.IsNullOrWhiteSpace(model.CountryCode) ? null : model.CountryCode.Trim().ToUpperInvariant();
        deal.AnnouncedOn = model.AnnouncedOn is { } a ? new PartialDate(a, model.AnnouncedPrecision!.Value) : null;
        deal.ExpectedCloseOn = model.ExpectedCloseOn is { } e ? new PartialDate(e, model.ExpectedClosePrecision!.Value) : null;
        deal.ParentDealId = model.ParentDealId;

        if (model.ValueQualifier is null)
        {
            (deal.Value, deal.ValueUsd, deal.FxRate, deal.FxRateId) = (null, null, null, null);
        }
        else if (!model.HasValue)
        {
            (deal.Value, deal.ValueUsd, deal.FxRate, deal.FxRateId) = (Money.Undisclosed(), null, null, null);
        }
        else
        {
            deal.Value = new Money(model.ValueAmount, model.ValueCurrency!, model.ValueQualifier.Value, model.ValueIsEstimated);
            deal.ValueUsd = model.ValueUsd;
        }
    }

    /// <summary>A new deal's first history entry: its stage, effective when it was announced (else today).</summary>
    internal static void RecordFirstStage(Deal deal, string recordedBy) =>
        deal.StageHistory.Add(new StageChange
        {
            ToStage = deal.Stage,
            EffectiveOn = deal.AnnouncedOn ?? PartialDate.Day(Today.Year, Today.Month, Today.Day),
            RecordedBy = recordedBy,
            RecordedAtUtc = DateTime.UtcNow,
        });

    /// <summary>The date a new rate is stored under: the one entered, else the announcement, else today.</summary>
    internal static DateOnly RateDate(DealEditModel model) => model.FxRateDate ?? model.AnnouncedOn ?? Today;

    /// <summary>A new stored rate for the model's currency and date.</summary>
    internal static FxRate NewRate(DealEditModel model, string currency) => new()
    {
        CurrencyCode = currency,
        Date = RateDate(model),
        RateToUsd = model.RateToUse!.Value,
        Source = currency == "USD" ? "USD is the base currency: identity rate." : model.FxRateSource!.Trim(),
    };

    /// <summary>The stored dated rate the USD figure uses, created when this currency and date have none yet.</summary>
    private static async Task<FxRate> RateAsync(PartnerTrackerDbContext db, DealEditModel model, string currency, CancellationToken cancellationToken)
    {
        var date = RateDate(model);
        var stored = await db.FxRates.SingleOrDefaultAsync(r => r.CurrencyCode == currency && r.Date == date, cancellationToken)
            ?? db.FxRates.Local.SingleOrDefault(r => r.CurrencyCode == currency && r.Date == date);
        return stored ?? db.FxRates.Add(NewRate(model, currency)).Entity;
    }
}

/// <summary>A stage change as the analyst enters it, with the token of the deal version they looked at.</summary>
public sealed class StageChangeModel
{
    public DealStage ToStage { get; set; }
    public DateOnly? EffectiveOn { get; set; }
    public DatePrecision? EffectivePrecision { get; set; } = DatePrecision.Day;
    public int? SourceArticleId { get; set; }
    public string? Quote { get; set; }
    public Guid Version { get; set; }
}

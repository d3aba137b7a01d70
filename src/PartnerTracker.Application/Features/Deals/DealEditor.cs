using Microsoft.EntityFrameworkCore;
using PartnerTracker.Application.Common;
using PartnerTracker.Application.Features.Citations;
using PartnerTracker.Data;
using PartnerTracker.Domain;

namespace PartnerTracker.Application.Features.Deals;

/// <summary>
/// The deal's writes on the shared editor: create (with its first stage), edit with conflict detection, delete with
/// what only describes it, and a stage change as one more command on the same path (recorded in the history).
/// </summary>
public sealed class DealEditor(IDbContextFactory<PartnerTrackerDbContext> contexts, ICurrentUser user, TimeProvider clock)
    : VersionedEditor<Deal, DealEditModel>(contexts, user)
{
    public const decimal MaxRateToUsd = 100_000m;

    protected override string RecordName => "Deal";

    /// <summary>The latest stored rate for a currency on or before a date, to prefill the form.</summary>
    public async Task<FxRate?> FindRateAsync(string currency, DateOnly onOrBefore, CancellationToken cancellationToken = default)
    {
        await using var db = await Contexts.CreateDbContextAsync(cancellationToken);
        return await DealQueries.LatestRate(db, currency, onOrBefore).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>Moves a deal to another stage and records when that took effect, who said so, and the source.</summary>
    public Task<CommandResult> ChangeStageAsync(int dealId, StageChangeModel change, CancellationToken cancellationToken = default)
    {
        // A blank quote is no quote: it must not become a citation that quotes nothing.
        var quote = Texts.Clean(change.Quote);
        return ChangeAsync(dealId, change.Version, ValidateAsync, Apply,
            stored => new CommandResult.Conflict([new FieldConflict("Stage", change.ToStage.ToString(), stored.Stage.ToString())]), cancellationToken);

        async Task<Validation> ValidateAsync(PartnerTrackerDbContext db, Deal deal)
        {
            var validation = new Validation()
                .Check(nameof(change.ToStage), Rules.Defined(change.ToStage, "Stage") ?? deal.StageChangeRefusal(change.ToStage))
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

            return validation;
        }

        void Apply(PartnerTrackerDbContext db, Deal deal)
        {
            var effectiveOn = new PartialDate(change.EffectiveOn!.Value, change.EffectivePrecision!.Value);
            var entry = deal.MoveTo(change.ToStage, effectiveOn, User.Name, clock.GetUtcNow().UtcDateTime, change.SourceArticleId);
            if (quote is not null)
            {
                db.Citations.Add(new Citation { Deal = deal, StageChange = entry, SourceArticleId = change.SourceArticleId!.Value, Quote = quote, Subject = CitationSubject.StageChange });
            }
        }
    }

    protected override IQueryable<Deal> Query(PartnerTrackerDbContext db) => db.Deals.Include(d => d.FxRate);

    protected override DealEditModel ToModel(Deal deal) => DealEditModel.From(deal);

    protected override string NameOf(Deal deal) => deal.Name;

    protected override Deal NewEntity(DealEditModel model) => new() { Name = model.Name.Trim(), Stage = model.Stage };

    protected override void Apply(Deal deal, DealEditModel model)
    {
        deal.Name = model.Name.Trim();
        CopyFields(deal, model);
    }

    protected override async Task ApplyAsync(PartnerTrackerDbContext db, Deal deal, DealEditModel model, CancellationToken cancellationToken)
    {
        Apply(deal, model);
        if (model.HasValue)
        {
            deal.FxRate = await RateAsync(db, model, model.ValueCurrency!, cancellationToken);
        }
    }

    protected override void OnCreating(Deal deal) => deal.RecordFirstStage(User.Name, clock.GetUtcNow().UtcDateTime);

    protected override Task<Validation> ValidateAsync(PartnerTrackerDbContext db, DealEditModel model, int? id, CancellationToken cancellationToken) =>
        ValidateDealAsync(db, model, id, cancellationToken);

    protected override Task<IReadOnlyDictionary<string, string?>> DescribeAsync(PartnerTrackerDbContext db, DealEditModel model, CancellationToken cancellationToken) =>
        Task.FromResult(model.Describe());

    /// <summary>A deal that others sit inside stays until they are deleted or moved.</summary>
    protected override async Task<string?> DeletionBlockerAsync(PartnerTrackerDbContext db, int id, string name, CancellationToken cancellationToken)
    {
        var subDeals = await db.Deals.Where(d => d.ParentDealId == id).OrderBy(d => d.Name).Select(d => d.Name).ToListAsync(cancellationToken);
        return subDeals.Count == 0 ? null : $"“{name}” still has sub-deals ({string.Join(", ", subDeals)}); delete them or move them to another parent first.";
    }

    protected override async Task<string> DeletionQuestionAsync(PartnerTrackerDbContext db, int id, string name, CancellationToken cancellationToken)
    {
        var counts = await db.Deals.AsNoTracking().Where(d => d.Id == id).Select(d => new
        {
            Participants = d.Participants.Count,
            Citations = d.Citations.Count,
            Stages = d.StageHistory.Count,
            Links = d.OutgoingLinks.Count + d.IncomingLinks.Count,
        }).SingleAsync(cancellationToken);
        return $"Delete “{name}” with its {counts.Participants} participant role(s), {counts.Stages} stage change(s), "
            + $"{counts.Citations} citation(s) and {counts.Links} link(s) to other deals?";
    }

    /// <summary>
    /// Citations and links are not cascaded by the schema (SQL Server allows one cascade path per table), so they go
    /// explicitly, in the same transaction as the deal.
    /// </summary>
    protected override async Task RemoveDependentsAsync(PartnerTrackerDbContext db, int id, CancellationToken cancellationToken)
    {
        db.Citations.RemoveRange(await db.Citations.Where(c => c.DealId == id).ToListAsync(cancellationToken));
        db.DealLinks.RemoveRange(await db.DealLinks.Where(l => l.FromDealId == id || l.ToDealId == id).ToListAsync(cancellationToken));
        db.EventDeals.RemoveRange(await db.EventDeals.Where(e => e.DealId == id).ToListAsync(cancellationToken));
    }

    private static async Task<Validation> ValidateDealAsync(PartnerTrackerDbContext db, DealEditModel model, int? dealId, CancellationToken cancellationToken)
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

    /// <summary>
    /// Copies validated fields onto a deal: the form's and the import's one mapping. A disclosed value still needs
    /// its stored dated rate (<see cref="Deal.FxRate"/>), which the caller sets.
    /// </summary>
    internal static void CopyFields(Deal deal, DealEditModel model)
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

    /// <summary>The date a new rate is stored under: the one entered, else the announcement, else <paramref name="today"/>.</summary>
    internal static DateOnly RateDate(DealEditModel model, DateOnly today) => model.FxRateDate ?? model.AnnouncedOn ?? today;

    /// <summary>A new stored rate for the model's currency and date.</summary>
    internal static FxRate NewRate(DealEditModel model, string currency, DateOnly today) => new()
    {
        CurrencyCode = currency,
        Date = RateDate(model, today),
        RateToUsd = model.RateToUse!.Value,
        Source = currency == "USD" ? "USD is the base currency: identity rate." : model.FxRateSource!.Trim(),
    };

    /// <summary>The stored dated rate the USD figure uses, created when this currency and date have none yet.</summary>
    private async Task<FxRate> RateAsync(PartnerTrackerDbContext db, DealEditModel model, string currency, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var date = RateDate(model, today);
        var stored = await db.FxRates.SingleOrDefaultAsync(r => r.CurrencyCode == currency && r.Date == date, cancellationToken)
            ?? db.FxRates.Local.SingleOrDefault(r => r.CurrencyCode == currency && r.Date == date);
        return stored ?? db.FxRates.Add(NewRate(model, currency, today)).Entity;
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

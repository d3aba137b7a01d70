using Microsoft.EntityFrameworkCore;
using PartnerTracker.Application.Common;
using PartnerTracker.Application.Features.Deals;
using PartnerTracker.Domain;
using PartnerTracker.TestSupport;
using static PartnerTracker.Application.Tests.Hostile.HostileCase;

namespace PartnerTracker.Application.Tests.Hostile;

/// <summary>The deal's writes (create, update, change stage, delete) with input no analyst should be able to save.</summary>
public sealed class DealHostileTests : HostileSuite
{
    private static readonly HostileTable Table = new()
    {
        ["Create: empty name"] = Invalid("Name", "Name is required.", a => Create(a, m => m.Name = "")),
        ["Create: whitespace-only name"] = Invalid("Name", "Name is required.", a => Create(a, m => m.Name = " \t\r\n ")),
        ["Create: overlong name"] = Invalid("Name", "Name must be at most 200 characters (it has 201).", a => Create(a, m => m.Name = new string('n', 201))),
        ["Create: NUL in name"] = Invalid("Name", "Name contains control characters.", a => Create(a, m => m.Name = "Deal\0name")),
        ["Create: terminal escape in summary"] = Invalid("Summary", "Summary contains control characters.", a => Create(a, m => m.Summary = "\u001b[31mred\u001b[0m")),
        ["Create: right-to-left override in name"] = Invalid("Name", "Name contains invisible direction-changing characters", a => Create(a, m => m.Name = "Deal \u202Egnp.exe")),
        ["Create: unpaired surrogate in name"] = Invalid("Name", "Name contains a broken character", a => Create(a, m => m.Name = "Deal \uD800 name")),
        ["Create: 1 MB summary"] = Invalid("Summary", "Summary must be at most 4,000 characters", a => Create(a, m => m.Summary = new string('s', 1_000_000))),
        ["Create: forged kind"] = Invalid("Kind", "Kind has no option '999'.", a => Create(a, m => m.Kind = (DealKind)999)),
        ["Create: forged stage"] = Invalid("Stage", "Stage has no option '-1'.", a => Create(a, m => m.Stage = (DealStage)(-1))),
        ["Create: forged verification"] = Invalid("Verification", "Verification has no option '42'.", a => Create(a, m => m.Verification = (Verification)42)),
        ["Create: forged value qualifier"] = Invalid("ValueQualifier", "Value qualifier has no option '77'.", a => Create(a, m => m.ValueQualifier = (MoneyQualifier)77)),
        ["Create: negative amount"] = Invalid("ValueAmount", "Amount must be more than zero.", a => Create(a, Usd(-5m))),
        ["Create: zero amount"] = Invalid("ValueAmount", "Amount must be more than zero.", a => Create(a, Usd(0m))),
        ["Create: decimal.MinValue amount"] = Invalid("ValueAmount", "Amount must be more than zero.", a => Create(a, Usd(decimal.MinValue))),
        ["Create: decimal.MaxValue amount"] = Invalid("ValueAmount", "Amount above 100,000,000,000,000 is not a real deal value", a => Create(a, Usd(decimal.MaxValue))),
        ["Create: amount finer than a ten-thousandth"] = Invalid("ValueAmount", "Amount can have at most 4 decimal places.", a => Create(a, Usd(0.00001m))),
        ["Create: value without an amount"] = Invalid("ValueAmount", "Amount is required.", a => Create(a, Usd(null))),
        ["Create: lower-case currency"] = Invalid("ValueCurrency", "'usd' is not an ISO 4217 currency code we know", a => Create(a, Usd(1m, "usd"))),
        ["Create: made-up currency"] = Invalid("ValueCurrency", "'BTC' is not an ISO 4217 currency code we know", a => Create(a, Usd(1m, "BTC"))),
        ["Create: negative exchange rate"] = Invalid("FxRateToUsd", "The rate must be more than zero.", a => Create(a, Krw(1_000m, -0.0007m))),
        ["Create: decimal.MaxValue exchange rate"] = Invalid("FxRateToUsd", "A rate above 100,000 USD per unit is not a real exchange rate.", a => Create(a, Krw(1_000m, decimal.MaxValue))),
        ["Create: exchange rate finer than the column keeps"] = Invalid("FxRateToUsd", "The rate can have at most 12 decimal places.", a => Create(a, Krw(1_000m, 0.0000000000001m))),
        ["Create: largest amount at the largest rate"] = Invalid("FxRateToUsd", "In US dollars this is above 100,000,000,000,000", a => Create(a, Krw(Money.MaxAmount, DealEditor.MaxRateToUsd))),
        ["Create: exchange rate dated in year 1"] = Invalid("FxRateDate", "The rate's date must fall between 1900 and 2100.", a => Create(a, Krw(1_000m, 0.0007m, new DateOnly(1, 1, 1)))),
        ["Create: undisclosed value with an amount"] = Invalid("ValueAmount", "An undisclosed value has no amount or currency", a => Create(a, m => (m.ValueQualifier, m.ValueAmount) = (MoneyQualifier.Undisclosed, 5m))),
        ["Create: 'Feb 30' as a month date on the 15th"] = Invalid("AnnouncedOn", "Announced: a month date must be the first day of its month (for example 2025-02-01).", a => Create(a, Announced(new DateOnly(2025, 2, 15), DatePrecision.Month))),
        ["Create: quarter date that starts no quarter"] = Invalid("AnnouncedOn", "Announced: a quarter date must be the first day of its quarter (for example 2025-01-01).", a => Create(a, Announced(new DateOnly(2025, 2, 1), DatePrecision.Quarter))),
        ["Create: forged date precision"] = Invalid("AnnouncedOn", "Announced has no precision '42'.", a => Create(a, Announced(new DateOnly(2025, 1, 1), (DatePrecision)42))),
        ["Create: announced in year 1"] = Invalid("AnnouncedOn", "Announced must fall between 1900 and 2100.", a => Create(a, Announced(new DateOnly(1, 1, 1), DatePrecision.Day))),
        ["Create: expected to close in 9999"] = Invalid("ExpectedCloseOn", "Expected close must fall between 1900 and 2100.", a => Create(a, m => (m.ExpectedCloseOn, m.ExpectedClosePrecision) = (new DateOnly(9999, 1, 1), DatePrecision.Year))),
        ["Create: date without its precision"] = Invalid("AnnouncedOn", "Announced: say how precise the date is.", a => Create(a, Announced(new DateOnly(2025, 2, 4), null))),
        ["Create: country spelled out"] = Invalid("CountryCode", "Country must be a two-letter ISO 3166-1 code", a => Create(a, m => m.CountryCode = "Korea")),
        ["Create: parent deal that does not exist"] = Invalid("ParentDealId", "The parent deal no longer exists.", a => Create(a, m => m.ParentDealId = 999_999)),
        ["Create: negative parent deal id"] = Invalid("ParentDealId", "The parent deal no longer exists.", a => Create(a, m => m.ParentDealId = -1)),

        ["Update: a deal as its own parent"] = Invalid("ParentDealId", "A deal cannot be its own parent.", async a => await Update(a, await a.Stargate, (m, id) => m.ParentDealId = id)),
        ["Update: a deal inside its own sub-deal"] = Invalid("ParentDealId", "a deal cannot sit inside its own sub-deal", async a => await Update(a, await a.OpenAiKakao, async (m, _) => m.ParentDealId = await a.LocalizedProduct)),
        ["Update: empty name"] = Invalid("Name", "Name is required.", async a => await Update(a, await a.Stargate, (m, _) => m.Name = "")),
        ["Update: stale token after a colleague's save"] = Conflict("Summary", async a =>
        {
            var id = await a.Stargate;
            var mine = (await a.Deals.GetAsync(id, Arena.Cancel))!;
            var theirs = (await a.Colleague.Deals.GetAsync(id, Arena.Cancel))!;
            theirs.Summary = "Changed by a colleague.";
            Assert.IsType<CommandResult.Saved>(await a.Colleague.Deals.UpdateAsync(id, theirs, cancellationToken: Arena.Cancel));
            mine.Name = "Stargate (mine)";
            return () => a.Deals.UpdateAsync(id, mine, cancellationToken: Arena.Cancel);
        }),
        ["Update: forged token"] = Conflict("Name", async a =>
        {
            var id = await a.Stargate;
            var model = (await a.Deals.GetAsync(id, Arena.Cancel))!;
            (model.Name, model.Version) = ("Stargate (forged)", Guid.NewGuid());
            return () => a.Deals.UpdateAsync(id, model, cancellationToken: Arena.Cancel);
        }),

        ["Change stage: forged stage"] = Invalid("ToStage", "Stage has no option '77'.", a => Stage(a, c => c.ToStage = (DealStage)77)),
        ["Change stage: to the stage it already has"] = Invalid("ToStage", "The deal is already Announced.", a => Stage(a, c => c.ToStage = DealStage.Announced)),
        ["Change stage: no effective date"] = Invalid("EffectiveOn", "Say when the change took effect.", a => Stage(a, c => c.EffectiveOn = null)),
        ["Change stage: effective in year 1"] = Invalid("EffectiveOn", "Effective date must fall between 1900 and 2100.", a => Stage(a, c => c.EffectiveOn = new DateOnly(1, 1, 1))),
        ["Change stage: quote without its source"] = Invalid("SourceArticleId", "Pick the source the quote comes from.", a => Stage(a, c => c.Quote = "SoftBank and OpenAI signed.")),
        ["Change stage: source that does not exist"] = Invalid("SourceArticleId", "That source article no longer exists.", a => Stage(a, c => c.SourceArticleId = 999_999)),
        ["Change stage: quote the source does not contain"] = Invalid("Quote", "This sentence does not occur in the source's text", async a =>
        {
            var article = await a.Article;
            return await Stage(a, c => (c.SourceArticleId, c.Quote) = (article, "Stargate was cancelled yesterday."));
        }),
        ["Change stage: control characters in the quote"] = Invalid("Quote", "Quote contains control characters.", async a =>
        {
            var article = await a.Article;
            return await Stage(a, c => (c.SourceArticleId, c.Quote) = (article, "Stargate\u0007"));
        }),
        ["Change stage: stale token"] = Conflict("Stage", async a =>
        {
            var id = await a.Stargate;
            return () => a.Deals.ChangeStageAsync(id, new StageChangeModel { ToStage = DealStage.Signed, EffectiveOn = new DateOnly(2025, 3, 1), Version = Guid.NewGuid() }, Arena.Cancel);
        }),
        ["Change stage: deal that does not exist"] = NotFound("Deal 999999 no longer exists", a => a.Deals.ChangeStageAsync(999_999, new StageChangeModel { ToStage = DealStage.Signed, EffectiveOn = new DateOnly(2025, 3, 1) }, Arena.Cancel)),

        ["Delete: stale token"] = Conflict("Deal", async a =>
        {
            var id = await a.Stargate;
            return () => a.Deals.DeleteAsync(id, Guid.NewGuid(), Arena.Cancel);
        }),
        ["Delete: a deal with sub-deals"] = Invalid("", "still has sub-deals", async a =>
        {
            var id = await a.OpenAiKakao;
            var version = (await a.Deals.GetAsync(id, Arena.Cancel))!.Version;
            return () => a.Deals.DeleteAsync(id, version, Arena.Cancel);
        }),
        ["Delete: a deal that does not exist"] = NotFound("Deal 999999 was already deleted.", a => a.Deals.DeleteAsync(999_999, Guid.Empty, Arena.Cancel)),

        ["Viewer: create"] = Viewer(a => Create(a, _ => { })),
        ["Viewer: update"] = Viewer(async a => await Update(a, await a.Stargate, (m, _) => m.Summary = "A viewer's summary.")),
        ["Viewer: change stage"] = Viewer(a => Stage(a, _ => { })),
        ["Viewer: delete"] = Viewer(async a =>
        {
            var id = await a.Stargate;
            var version = (await a.Deals.GetAsync(id, Arena.Cancel))!.Version;
            return () => a.Deals.DeleteAsync(id, version, Arena.Cancel);
        }),
    };

    public static TheoryData<string> Cases => Table.Names;

    [Theory]
    [MemberData(nameof(Cases))]
    public Task Is_refused_and_changes_nothing(string name) => RunAsync(Table[name]);

    /// <summary>Found by this suite: a quote of only spaces with a source used to be stored as a citation quoting "".</summary>
    [Fact]
    public async Task A_blank_quote_on_a_stage_change_stores_no_citation_that_quotes_nothing()
    {
        var arena = new Arena(Database, new TestUser("Hostile Analyst"));
        var article = await arena.Article;

        var saved = Assert.IsType<CommandResult.Saved>(await Stage(arena, c => (c.SourceArticleId, c.Quote) = (article, " \n\t ")));

        Assert.Equal(0, await arena.Read(db => db.Citations.CountAsync(c => c.DealId == saved.Id && c.Subject == CitationSubject.StageChange, Arena.Cancel)));
        Assert.Equal(DealStage.Signed, await arena.Read(db => db.Deals.Where(d => d.Id == saved.Id).Select(d => d.Stage).SingleAsync(Arena.Cancel)));
    }

    private static Task<CommandResult> Create(Arena arena, Action<DealEditModel> change)
    {
        var model = new DealEditModel { Name = "Hostile deal", Kind = DealKind.Investment, Stage = DealStage.Announced, Verification = Verification.Reported };
        change(model);
        return arena.Deals.CreateAsync(model, Arena.Cancel);
    }

    private static Task<CommandResult> Update(Arena arena, int id, Action<DealEditModel, int> change) =>
        Update(arena, id, (m, i) =>
        {
            change(m, i);
            return Task.CompletedTask;
        });

    private static async Task<CommandResult> Update(Arena arena, int id, Func<DealEditModel, int, Task> change)
    {
        var model = (await arena.Deals.GetAsync(id, Arena.Cancel))!;
        await change(model, id);
        return await arena.Deals.UpdateAsync(id, model, cancellationToken: Arena.Cancel);
    }

    private static async Task<CommandResult> Stage(Arena arena, Action<StageChangeModel> change)
    {
        var id = await arena.Stargate;
        var model = new StageChangeModel
        {
            ToStage = DealStage.Signed,
            EffectiveOn = new DateOnly(2025, 3, 1),
            EffectivePrecision = DatePrecision.Day,
            Version = (await arena.Deals.GetAsync(id, Arena.Cancel))!.Version,
        };
        change(model);
        return await arena.Deals.ChangeStageAsync(id, model, Arena.Cancel);
    }

    private static Action<DealEditModel> Usd(decimal? amount, string currency = "USD") =>
        m => (m.ValueQualifier, m.ValueAmount, m.ValueCurrency) = (MoneyQualifier.Exact, amount, currency);

    private static Action<DealEditModel> Krw(decimal amount, decimal rate, DateOnly? rateDate = null) => m =>
    {
        (m.ValueQualifier, m.ValueAmount, m.ValueCurrency) = (MoneyQualifier.Exact, amount, "KRW");
        (m.FxRateToUsd, m.FxRateDate, m.FxRateSource) = (rate, rateDate ?? new DateOnly(2025, 2, 4), "Reference rate");
    };

    private static Action<DealEditModel> Announced(DateOnly date, DatePrecision? precision) =>
        m => (m.AnnouncedOn, m.AnnouncedPrecision) = (date, precision);
}

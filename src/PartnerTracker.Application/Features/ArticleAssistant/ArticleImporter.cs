using AutoMapper;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using PartnerTracker.Application.Common;
using PartnerTracker.Application.Features.Citations;
using PartnerTracker.Application.Features.Companies;
using PartnerTracker.Application.Features.Deals;
using PartnerTracker.Application.Features.Events;
using PartnerTracker.Application.Features.People;
using PartnerTracker.Application.Features.Products;
using PartnerTracker.Application.Features.Sources;
using PartnerTracker.Data;
using PartnerTracker.Domain;

namespace PartnerTracker.Application.Features.ArticleAssistant;

/// <summary>
/// Saves what the analyst confirmed, in one transaction: the source, the new companies, people and products, the
/// deals with their participants, products and people, the events, and a citation holding its sentence for each
/// fact. Every record goes through its own editor, so the same rules refuse the same input. Every refusal is
/// collected (see <see cref="Run"/>) and any one rolls everything back; an exception does too.
/// </summary>
public sealed class ArticleImporter(IDbContextFactory<PartnerTrackerDbContext> contexts, ICurrentUser user, IMapper mapper, TimeProvider clock)
{
    /// <summary>The key the source article's own refusals are kept under (the records' proposals have their own keys).</summary>
    public const string SourceKey = "Source";

    /// <returns>
/// Saved with the source article's id; or, with nothing written, every refusal by the key of the proposal it is about
/// (<see cref="SourceKey"/> for the article itself); or Forbidden, before anything is tried.
/// </returns>
    public async Task<CommandResult> ConfirmAsync(ArticleProposals proposals, CancellationToken cancellationToken = default)
    {
        if (Permission.RefuseWrite(user) is { } refused)
        {
            return refused;
        }

        await using var root = await contexts.CreateDbContextAsync(cancellationToken);
        await root.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var transaction = await root.Database.BeginTransactionAsync(cancellationToken);
            var shared = new SharedTransactionContexts(contexts, root.Database.GetDbConnection(), transaction.GetDbTransaction());
            var result = await new Run(shared, user, mapper, clock, proposals).ExecuteAsync(cancellationToken);
            if (result.IsSaved)
            {
                await transaction.CommitAsync(cancellationToken);
            }

            // Anything else: the transaction is disposed uncommitted, which rolls every write back.
            return result;
        }
        finally
        {
            await root.Database.CloseConnectionAsync();
        }
    }

    /// <summary>
    /// One confirm. Every proposal is tried even after one is refused, so the analyst gets every refusal at once, each
    /// under its proposal's key; the caller commits only when nothing was refused. A proposal that depends on a record
    /// which was refused (a person or product whose new company was refused, a deal's links when the deal was refused,
    /// an event whose attendee, company or deal was refused, every citation when the source was refused) is skipped,
    /// not tried: trying it without its record would either report a second error that is not its own ("pick the
    /// company") or check a different record from the one the analyst confirmed (the person without their company).
    /// It is checked on the next confirm, once what it depends on is fixed or unticked.
    /// </summary>
    private sealed class Run(IDbContextFactory<PartnerTrackerDbContext> shared, ICurrentUser user, IMapper mapper, TimeProvider clock, ArticleProposals proposals)
    {
        private readonly Dictionary<string, int> companyIds = [];
        private readonly Dictionary<string, int> personIds = [];
        private readonly Dictionary<string, int> productIds = [];
        private readonly Dictionary<string, int> dealIds = [];
        private readonly CitationEditor citations = new(shared, user);

        /// <summary>Every refusal so far, by proposal key, in the order met.</summary>
        private readonly Dictionary<string, List<string>> refusals = [];

        /// <summary>The keys of proposed records that were refused or skipped, so not created: what depends on them is skipped.</summary>
        private readonly HashSet<string> notCreated = [];

        /// <summary>Null while the source was refused: the citations, which all point at it, are then skipped.</summary>
        private int? sourceId;

        public async Task<CommandResult> ExecuteAsync(CancellationToken cancellationToken)
        {
            await SourceAsync(cancellationToken);
            await CompaniesAsync(cancellationToken);
            await PeopleAsync(cancellationToken);
            await ProductsAsync(cancellationToken);
            await DealsAsync(cancellationToken);
            await EventsAsync(cancellationToken);
            return refusals.Count == 0 && sourceId is { } saved
                ? new CommandResult.Saved(saved)
                : new CommandResult.Invalid(refusals.ToDictionary(r => r.Key, r => r.Value.ToArray()));
        }

        private async Task SourceAsync(CancellationToken cancellationToken)
        {
            if (proposals.ExistingSourceId is { } existing)
            {
                sourceId = existing;
                return;
            }

            var article = proposals.Article;
            var result = await new SourceEditor(shared, user, clock).CreateAsync(new SourceEditModel
            {
                Title = article.Title, Publisher = article.Publisher, Author = article.Author, Url = article.Url, PublishedOn = article.PublishedOn,
                RetrievedOn = string.IsNullOrWhiteSpace(article.Url) ? null : DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), Text = article.Text,
            }, cancellationToken);
            Take(result, SourceKey, "the source", id => sourceId = id);
        }

        private async Task CompaniesAsync(CancellationToken cancellationToken)
        {
            var editor = new CompanyEditor(shared, user);
            foreach (var company in proposals.Companies.Where(c => c.Include))
            {
                if (company.ExistingId is { } id)
                {
                    companyIds[company.Key] = id;
                    continue;
                }

                var result = await editor.CreateAsync(new CompanyEditModel { Name = company.Name, Aliases = company.Aliases, AllowSimilarName = company.AllowSimilarName }, cancellationToken);
                await CreatedAndCitedAsync(result, company.Key, $"Company “{company.Name}”", company.Quote, CitationSubject.Company, id => companyIds[company.Key] = id, cancellationToken);
            }
        }

        private async Task PeopleAsync(CancellationToken cancellationToken)
        {
            var editor = new PersonEditor(shared, user, mapper);
            foreach (var person in proposals.People.Where(p => p.Include))
            {
                if (person.ExistingId is { } id)
                {
                    personIds[person.Key] = id;
                    continue;
                }

                if (Skipped(person.Key, person.CompanyKey))
                {
                    continue;
                }

                var result = await editor.CreateAsync(new PersonEditModel { FullName = person.FullName, Title = person.Title, CompanyId = Id(companyIds, person.CompanyKey) }, cancellationToken);
                await CreatedAndCitedAsync(result, person.Key, $"Person “{person.FullName}”", person.Quote, CitationSubject.Person, id => personIds[person.Key] = id, cancellationToken);
            }
        }

        private async Task ProductsAsync(CancellationToken cancellationToken)
        {
            var editor = new ProductEditor(shared, user, mapper);
            foreach (var product in proposals.Products.Where(p => p.Include))
            {
                if (product.ExistingId is { } id)
                {
                    productIds[product.Key] = id;
                    continue;
                }

                if (Skipped(product.Key, product.CompanyKey))
                {
                    continue;
                }

                var result = await editor.CreateAsync(new ProductEditModel
                {
                    Name = product.Name, Kind = product.Kind, CompanyId = Id(companyIds, product.CompanyKey),
                    Release = product.Release, ReleasePrecision = product.ReleasePrecision,
                    ReleaseIsPlanned = product.Release is { } release && release > (proposals.Article.PublishedOn ?? DateOnly.MinValue),
                }, cancellationToken);
                await CreatedAndCitedAsync(result, product.Key, $"Product “{product.Name}”", product.Quote, CitationSubject.Product, id => productIds[product.Key] = id, cancellationToken);
            }
        }

        private async Task DealsAsync(CancellationToken cancellationToken)
        {
            foreach (var deal in proposals.Deals.Where(d => d.Include))
            {
                var what = $"Deal “{deal.ExistingName ?? deal.Name}”";
                if (deal.ExistingId is { } existing)
                {
                    dealIds[deal.Key] = existing;
                }
                else
                {
                    await NewDealAsync(deal, what, cancellationToken);
                }

                // A refused deal's participants, products and people have no deal to join: skipped with it.
                if (dealIds.TryGetValue(deal.Key, out var dealId))
                {
                    await DealLinksAsync(deal, what, dealId, cancellationToken);
                }
            }
        }

        private async Task NewDealAsync(DealProposal deal, string what, CancellationToken cancellationToken)
        {
            var model = new DealEditModel
            {
                Name = deal.Name, Kind = deal.Kind, Stage = deal.Stage, Verification = deal.Verification, Summary = deal.Summary,
                ValueQualifier = deal.ValueQualifier, ValueAmount = deal.ValueAmount, ValueCurrency = deal.ValueCurrency,
                FxRateToUsd = deal.FxRateToUsd, FxRateDate = deal.FxRateDate ?? proposals.Article.PublishedOn, FxRateSource = deal.FxRateSource,
                AnnouncedOn = deal.AnnouncedOn, AnnouncedPrecision = deal.AnnouncedPrecision,
            };
            var result = await new DealEditor(shared, user, clock).CreateAsync(model, cancellationToken);
            if (!Created(result, deal.Key, what, id => dealIds[deal.Key] = id))
            {
                return;
            }

            var id = dealIds[deal.Key];
            await CiteAsync(deal.Key, deal.Quote, CitationSubject.Deal, id, null, cancellationToken);
            if (deal.ValueQualifier is not null && deal.ValueQuote is { } valueQuote)
            {
                await CiteAsync(deal.Key, valueQuote, CitationSubject.DealValue, id, null, cancellationToken);
            }

            if (deal.AnnouncedOn is not null && deal.AnnouncedQuote is { } dateQuote)
            {
                await CiteAsync(deal.Key, dateQuote, CitationSubject.DealDate, id, null, cancellationToken);
            }
        }

        /// <summary>The deal's links to companies, products and people that exist or were created: a refused one's links are skipped with it.</summary>
        private async Task DealLinksAsync(DealProposal deal, string what, int dealId, CancellationToken cancellationToken)
        {
            var participants = new ParticipantEditor(shared, user);
            var connections = new DealConnectionsEditor(shared, user);
            foreach (var p in deal.Participants.Where(p => p.Include && !p.AlreadyRecorded && companyIds.ContainsKey(p.CompanyKey)))
            {
                var result = await participants.AddAsync(dealId, new ParticipantModel { CompanyId = companyIds[p.CompanyKey], Role = p.Role, Verification = p.Verification }, cancellationToken);
                await LinkedAndCitedAsync(result, deal.Key, $"{what}, {Name(p.CompanyKey)} as {p.Role}", p.Quote, CitationSubject.Participant, dealId, cancellationToken);
            }

            foreach (var p in deal.Products.Where(p => p.Include && !p.AlreadyRecorded && productIds.ContainsKey(p.ProductKey)))
            {
                var result = await connections.AddProductAsync(dealId, productIds[p.ProductKey], p.Role, cancellationToken);
                await LinkedAndCitedAsync(result, deal.Key, $"{what}, product {proposals.Product(p.ProductKey)?.Name}", p.Quote, CitationSubject.DealProduct, dealId, cancellationToken);
            }

            foreach (var p in deal.People.Where(p => p.Include && !p.AlreadyRecorded && personIds.ContainsKey(p.PersonKey)))
            {
                var result = await connections.AddPersonAsync(dealId, personIds[p.PersonKey], p.Role, cancellationToken);
                await LinkedAndCitedAsync(result, deal.Key, $"{what}, {proposals.Person(p.PersonKey)?.FullName}", p.Quote, CitationSubject.DealPerson, dealId, cancellationToken);
            }
        }

        private async Task EventsAsync(CancellationToken cancellationToken)
        {
            var editor = new EventEditor(shared, user);
            foreach (var e in proposals.Events.Where(e => e.Include && e.IsNew))
            {
                if (Skipped(e.Key, [.. e.AttendeeKeys, .. e.CompanyKeys, .. e.DealKeys]))
                {
                    continue;
                }

                var result = await editor.CreateAsync(new EventEditModel
                {
                    Name = e.Name, Kind = e.Kind, Verification = e.Verification, Date = e.Date, DatePrecision = e.DatePrecision, Place = e.Place,
                    AttendeeIds = Ids(personIds, e.AttendeeKeys), CompanyIds = Ids(companyIds, e.CompanyKeys), DealIds = Ids(dealIds, e.DealKeys),
                }, cancellationToken);
                var eventId = 0;
                if (!Created(result, e.Key, $"Event “{e.Name}”", id => eventId = id))
                {
                    continue;
                }

                foreach (var quote in e.Quotes.DefaultIfEmpty(e.Quote).Distinct())
                {
                    await CiteAsync(e.Key, quote, CitationSubject.Event, null, eventId, cancellationToken);
                }
            }
        }

        /// <summary>True (and the proposal counted as not created, for its own dependants) when a record it depends on was not created.</summary>
        private bool Skipped(string key, params IEnumerable<string?> dependsOn)
        {
            if (!dependsOn.Any(k => k is not null && notCreated.Contains(k)))
            {
                return false;
            }

            notCreated.Add(key);
            return true;
        }

        private async Task CreatedAndCitedAsync(
            CommandResult result, string key, string what, string quote, CitationSubject subject, Action<int> saved, CancellationToken cancellationToken)
        {
            var savedId = 0;
            if (Created(result, key, what, id =>
            {
                savedId = id;
                saved(id);
            }))
            {
                await CiteAsync(key, quote, subject, null, savedId, cancellationToken);
            }
        }

        private async Task LinkedAndCitedAsync(CommandResult result, string key, string what, string quote, CitationSubject subject, int dealId, CancellationToken cancellationToken)
        {
            var linkId = 0;
            if (Take(result, key, what, id => linkId = id))
            {
                await CiteAsync(key, quote, subject, dealId, linkId, cancellationToken);
            }
        }

        /// <summary>Cites the sentence from the source; skipped when the source itself was refused.</summary>
        private async Task CiteAsync(string key, string quote, CitationSubject subject, int? dealId, int? targetId, CancellationToken cancellationToken)
        {
            if (sourceId is not { } source)
            {
                return;
            }

            var result = await citations.AddAsync(new CitationModel { SourceArticleId = source, Quote = quote, Subject = subject, DealId = dealId, TargetId = targetId }, cancellationToken);
            Take(result, key, $"The citation “{Shorten(quote)}”", _ => { });
        }

        private string Name(string companyKey) => proposals.Company(companyKey)?.Name ?? companyKey;

        /// <summary>Like <see cref="Take"/> for a proposed record: a refused one is remembered, for what depends on it to be skipped.</summary>
        private bool Created(CommandResult result, string key, string what, Action<int> saved)
        {
            if (Take(result, key, what, saved))
            {
                return true;
            }

            notCreated.Add(key);
            return false;
        }

        /// <summary>True when saved (after noting the id); otherwise false, the refusal kept under the proposal's key, each message naming what it is about.</summary>
        private bool Take(CommandResult result, string key, string what, Action<int> saved)
        {
            if (result is CommandResult.Saved { Id: var id })
            {
                saved(id);
                return true;
            }

            var messages = result switch
            {
                CommandResult.Invalid invalid => invalid.Errors.SelectMany(e => e.Value),
                CommandResult.NotFound notFound => [notFound.Message],
                CommandResult.Forbidden forbidden => [forbidden.Message],
                CommandResult.Conflict => ["someone changed it meanwhile; extract again."],
                _ => ["it could not be saved."],
            };
            if (!refusals.TryGetValue(key, out var kept))
            {
                refusals[key] = kept = [];
            }

            kept.AddRange(messages.Select(m => $"{what}: {m}"));
            return false;
        }

        private static int? Id(Dictionary<string, int> ids, string? key) => key is not null && ids.TryGetValue(key, out var id) ? id : null;

        private static List<int> Ids(Dictionary<string, int> ids, IEnumerable<string> keys) =>
            keys.Where(ids.ContainsKey).Select(k => ids[k]).Distinct().ToList();

        private static string Shorten(string quote) => quote.Length <= 60 ? quote : quote[..57] + "…";
    }
}

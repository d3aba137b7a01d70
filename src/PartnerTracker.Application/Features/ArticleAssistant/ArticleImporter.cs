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
/// fact. Every record goes through its own editor, so the same rules refuse the same input; the first refusal or
/// error rolls everything back and says which proposal it was about.
/// </summary>
public sealed class ArticleImporter(IDbContextFactory<PartnerTrackerDbContext> contexts, ICurrentUser user, IMapper mapper)
{
    /// <returns>Saved with the source article's id, or the first refusal with nothing written.</returns>
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
            var result = await new Run(shared, user, mapper, proposals).ExecuteAsync(cancellationToken);
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

    private sealed class Run(IDbContextFactory<PartnerTrackerDbContext> shared, ICurrentUser user, IMapper mapper, ArticleProposals proposals)
    {
        private readonly Dictionary<string, int> companyIds = [];
        private readonly Dictionary<string, int> personIds = [];
        private readonly Dictionary<string, int> productIds = [];
        private readonly Dictionary<string, int> dealIds = [];
        private readonly CitationEditor citations = new(shared, user);
        private int sourceId;

        public async Task<CommandResult> ExecuteAsync(CancellationToken cancellationToken)
        {
            return await SourceAsync(cancellationToken)
                ?? await CompaniesAsync(cancellationToken)
                ?? await PeopleAsync(cancellationToken)
                ?? await ProductsAsync(cancellationToken)
                ?? await DealsAsync(cancellationToken)
                ?? await EventsAsync(cancellationToken)
                ?? new CommandResult.Saved(sourceId);
        }

        private async Task<CommandResult?> SourceAsync(CancellationToken cancellationToken)
        {
            if (proposals.ExistingSourceId is { } existing)
            {
                sourceId = existing;
                return null;
            }

            var article = proposals.Article;
            var result = await new SourceEditor(shared, user).CreateAsync(new SourceEditModel
            {
                Title = article.Title, Publisher = article.Publisher, Author = article.Author, Url = article.Url, PublishedOn = article.PublishedOn,
                RetrievedOn = string.IsNullOrWhiteSpace(article.Url) ? null : DateOnly.FromDateTime(DateTime.UtcNow), Text = article.Text,
            }, cancellationToken);
            return Take(result, "Source", "the source", id => sourceId = id);
        }

        private async Task<CommandResult?> CompaniesAsync(CancellationToken cancellationToken)
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
                if (await SavedAndCitedAsync(result, company.Key, $"Company “{company.Name}”", company.Quote, CitationSubject.Company, id => companyIds[company.Key] = id, cancellationToken) is { } refused)
                {
                    return refused;
                }
            }

            return null;
        }

        private async Task<CommandResult?> PeopleAsync(CancellationToken cancellationToken)
        {
            var editor = new PersonEditor(shared, user, mapper);
            foreach (var person in proposals.People.Where(p => p.Include))
            {
                if (person.ExistingId is { } id)
                {
                    personIds[person.Key] = id;
                    continue;
                }

                var result = await editor.CreateAsync(new PersonEditModel { FullName = person.FullName, Title = person.Title, CompanyId = Id(companyIds, person.CompanyKey) }, cancellationToken);
                if (await SavedAndCitedAsync(result, person.Key, $"Person “{person.FullName}”", person.Quote, CitationSubject.Person, id => personIds[person.Key] = id, cancellationToken) is { } refused)
                {
                    return refused;
                }
            }

            return null;
        }

        private async Task<CommandResult?> ProductsAsync(CancellationToken cancellationToken)
        {
            var editor = new ProductEditor(shared, user, mapper);
            foreach (var product in proposals.Products.Where(p => p.Include))
            {
                if (product.ExistingId is { } id)
                {
                    productIds[product.Key] = id;
                    continue;
                }

                var result = await editor.CreateAsync(new ProductEditModel
                {
                    Name = product.Name, Kind = product.Kind, CompanyId = Id(companyIds, product.CompanyKey),
                    Release = product.Release, ReleasePrecision = product.ReleasePrecision,
                    ReleaseIsPlanned = product.Release is { } release && release > (proposals.Article.PublishedOn ?? DateOnly.MinValue),
                }, cancellationToken);
                if (await SavedAndCitedAsync(result, product.Key, $"Product “{product.Name}”", product.Quote, CitationSubject.Product, id => productIds[product.Key] = id, cancellationToken) is { } refused)
                {
                    return refused;
                }
            }

            return null;
        }

        private async Task<CommandResult?> DealsAsync(CancellationToken cancellationToken)
        {
            foreach (var deal in proposals.Deals.Where(d => d.Include))
            {
                var what = $"Deal “{deal.ExistingName ?? deal.Name}”";
                if (deal.ExistingId is { } existing)
                {
                    dealIds[deal.Key] = existing;
                }
                else if (await NewDealAsync(deal, what, cancellationToken) is { } refused)
                {
                    return refused;
                }

                if (await DealLinksAsync(deal, what, dealIds[deal.Key], cancellationToken) is { } notLinked)
                {
                    return notLinked;
                }
            }

            return null;
        }

        private async Task<CommandResult?> NewDealAsync(DealProposal deal, string what, CancellationToken cancellationToken)
        {
            var model = new DealEditModel
            {
                Name = deal.Name, Kind = deal.Kind, Stage = deal.Stage, Verification = deal.Verification, Summary = deal.Summary,
                ValueQualifier = deal.ValueQualifier, ValueAmount = deal.ValueAmount, ValueCurrency = deal.ValueCurrency,
                FxRateToUsd = deal.FxRateToUsd, FxRateDate = deal.FxRateDate ?? proposals.Article.PublishedOn, FxRateSource = deal.FxRateSource,
                AnnouncedOn = deal.AnnouncedOn, AnnouncedPrecision = deal.AnnouncedPrecision,
            };
            var result = await new DealEditor(shared, user).CreateAsync(model, cancellationToken);
            if (Take(result, deal.Key, what, id => dealIds[deal.Key] = id) is { } refused)
            {
                return refused;
            }

            var id = dealIds[deal.Key];
            return await CiteAsync(deal.Key, deal.Quote, CitationSubject.Deal, id, null, cancellationToken)
                ?? (deal.ValueQualifier is not null && deal.ValueQuote is { } valueQuote ? await CiteAsync(deal.Key, valueQuote, CitationSubject.DealValue, id, null, cancellationToken) : null)
                ?? (deal.AnnouncedOn is not null && deal.AnnouncedQuote is { } dateQuote ? await CiteAsync(deal.Key, dateQuote, CitationSubject.DealDate, id, null, cancellationToken) : null);
        }

        private async Task<CommandResult?> DealLinksAsync(DealProposal deal, string what, int dealId, CancellationToken cancellationToken)
        {
            var participants = new ParticipantEditor(shared, user);
            var connections = new DealConnectionsEditor(shared, user);
            foreach (var p in deal.Participants.Where(p => p.Include && !p.AlreadyRecorded && companyIds.ContainsKey(p.CompanyKey)))
            {
                var result = await participants.AddAsync(dealId, new ParticipantModel { CompanyId = companyIds[p.CompanyKey], Role = p.Role, Verification = p.Verification }, cancellationToken);
                if (await LinkAsync(result, deal.Key, $"{what}, {Name(p.CompanyKey)} as {p.Role}", p.Quote, CitationSubject.Participant, dealId, cancellationToken) is { } refused)
                {
                    return refused;
                }
            }

            foreach (var p in deal.Products.Where(p => p.Include && !p.AlreadyRecorded && productIds.ContainsKey(p.ProductKey)))
            {
                var result = await connections.AddProductAsync(dealId, productIds[p.ProductKey], p.Role, cancellationToken);
                if (await LinkAsync(result, deal.Key, $"{what}, product {proposals.Product(p.ProductKey)?.Name}", p.Quote, CitationSubject.DealProduct, dealId, cancellationToken) is { } refused)
                {
                    return refused;
                }
            }

            foreach (var p in deal.People.Where(p => p.Include && !p.AlreadyRecorded && personIds.ContainsKey(p.PersonKey)))
            {
                var result = await connections.AddPersonAsync(dealId, personIds[p.PersonKey], p.Role, cancellationToken);
                if (await LinkAsync(result, deal.Key, $"{what}, {proposals.Person(p.PersonKey)?.FullName}", p.Quote, CitationSubject.DealPerson, dealId, cancellationToken) is { } refused)
                {
                    return refused;
                }
            }

            return null;
        }

        private async Task<CommandResult?> EventsAsync(CancellationToken cancellationToken)
        {
            var editor = new EventEditor(shared, user);
            foreach (var e in proposals.Events.Where(e => e.Include && e.IsNew))
            {
                var result = await editor.CreateAsync(new EventEditModel
                {
                    Name = e.Name, Kind = e.Kind, Verification = e.Verification, Date = e.Date, DatePrecision = e.DatePrecision, Place = e.Place,
                    AttendeeIds = Ids(personIds, e.AttendeeKeys), CompanyIds = Ids(companyIds, e.CompanyKeys), DealIds = Ids(dealIds, e.DealKeys),
                }, cancellationToken);
                var eventId = 0;
                if (Take(result, e.Key, $"Event “{e.Name}”", id => eventId = id) is { } refused)
                {
                    return refused;
                }

                foreach (var quote in e.Quotes.DefaultIfEmpty(e.Quote).Distinct())
                {
                    if (await CiteAsync(e.Key, quote, CitationSubject.Event, null, eventId, cancellationToken) is { } notCited)
                    {
                        return notCited;
                    }
                }
            }

            return null;
        }

        private async Task<CommandResult?> SavedAndCitedAsync(
            CommandResult result, string key, string what, string quote, CitationSubject subject, Action<int> saved, CancellationToken cancellationToken)
        {
            var savedId = 0;
            return Take(result, key, what, id =>
            {
                savedId = id;
                saved(id);
            }) ?? await CiteAsync(key, quote, subject, null, savedId, cancellationToken);
        }

        private async Task<CommandResult?> LinkAsync(CommandResult result, string key, string what, string quote, CitationSubject subject, int dealId, CancellationToken cancellationToken)
        {
            var linkId = 0;
            return Take(result, key, what, id => linkId = id) ?? await CiteAsync(key, quote, subject, dealId, linkId, cancellationToken);
        }

        private async Task<CommandResult?> CiteAsync(string key, string quote, CitationSubject subject, int? dealId, int? targetId, CancellationToken cancellationToken)
        {
            var result = await citations.AddAsync(new CitationModel { SourceArticleId = sourceId, Quote = quote, Subject = subject, DealId = dealId, TargetId = targetId }, cancellationToken);
            return Take(result, key, $"The citation “{Shorten(quote)}”", _ => { });
        }

        private string Name(string companyKey) => proposals.Company(companyKey)?.Name ?? companyKey;

        /// <summary>Null when saved (after noting the id); otherwise the refusal, each message naming the proposal it is about.</summary>
        private static CommandResult.Invalid? Take(CommandResult result, string key, string what, Action<int> saved)
        {
            if (result is CommandResult.Saved { Id: var id })
            {
                saved(id);
                return null;
            }

            var messages = result switch
            {
                CommandResult.Invalid invalid => invalid.Errors.SelectMany(e => e.Value),
                CommandResult.NotFound notFound => [notFound.Message],
                CommandResult.Forbidden forbidden => [forbidden.Message],
                CommandResult.Conflict => ["someone changed it meanwhile; extract again."],
                _ => ["it could not be saved."],
            };
            return new CommandResult.Invalid(new Dictionary<string, string[]> { [key] = messages.Select(m => $"{what}: {m}").ToArray() });
        }

        private static int? Id(Dictionary<string, int> ids, string? key) => key is not null && ids.TryGetValue(key, out var id) ? id : null;

        private static List<int> Ids(Dictionary<string, int> ids, IEnumerable<string> keys) =>
            keys.Where(ids.ContainsKey).Select(k => ids[k]).Distinct().ToList();

        private static string Shorten(string quote) => quote.Length <= 60 ? quote : quote[..57] + "…";
    }
}

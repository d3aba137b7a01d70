using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PartnerTracker.Application.Features.Accounts;
using Microsoft.Extensions.Options;
using PartnerTracker.Application.Features.ArticleAssistant;
using PartnerTracker.Application.Features.ArticleAssistant.Fetching;
using PartnerTracker.Application.Features.Citations;
using PartnerTracker.Application.Features.Companies;
using PartnerTracker.Application.Features.Dashboard;
using PartnerTracker.Application.Features.Deals;
using PartnerTracker.Application.Features.Events;
using PartnerTracker.Application.Features.History;
using PartnerTracker.Application.Features.Export;
using PartnerTracker.Application.Features.Import;
using PartnerTracker.Application.Features.Network;
using PartnerTracker.Application.Features.People;
using PartnerTracker.Application.Features.Products;
using PartnerTracker.Application.Features.Sources;
using PartnerTracker.Application.Features.Timelines;

namespace PartnerTracker.Application;

public static class ServiceCollectionExtensions
{
    /// <summary>Every feature's services and editors, each over the context factory with no repository between (docs/adr/0008-slices-without-repositories.md).</summary>
    public static IServiceCollection AddPartnerTrackerApplication(this IServiceCollection services)
    {
        services.AddAutoMapper(_ => { }, typeof(ServiceCollectionExtensions).Assembly);
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<DashboardService>();
        services.AddMemoryCache();
        services.AddScoped<RecordVersion>();
        services.AddScoped<DashboardCache>();
        services.AddScoped<DealsService>();
        services.AddScoped<DealEditor>();
        services.AddScoped<ParticipantEditor>();
        services.AddScoped<DealConnectionsEditor>();
        services.AddScoped<CompaniesService>();
        services.AddScoped<CompanyEditor>();
        services.AddScoped<PeopleService>();
        services.AddScoped<PersonEditor>();
        services.AddScoped<ProductsService>();
        services.AddScoped<ProductEditor>();
        services.AddScoped<EventsService>();
        services.AddScoped<EventEditor>();
        services.AddScoped<SourcesService>();
        services.AddScoped<SourceEditor>();
        services.AddScoped<CitationEditor>();
        services.AddScoped<UserAdministration>();
        services.AddScoped<HistoryQueries>();
        services.AddScoped<DealExporter>();
        services.AddScoped<DatabaseExporter>();
        services.AddScoped<DealImporter>();
        services.AddScoped<DatabaseRestorer>();
        services.AddScoped<ArticleExtractor>();
        services.AddScoped<ArticleImporter>();
        services.AddOptions<ArticleFetchOptions>();
        services.AddScoped<ArticleFetcher>();
        services.AddHttpClient(ArticleFetcher.ClientName)
            .ConfigurePrimaryHttpMessageHandler(provider => ArticleFetcher.CreateHandler(provider.GetRequiredService<IOptions<ArticleFetchOptions>>().Value));
        services.AddScoped<NetworkService>();
        services.AddScoped<TimelinesService>();
        return services;
    }
}

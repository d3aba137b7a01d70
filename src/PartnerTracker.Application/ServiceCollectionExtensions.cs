using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PartnerTracker.Application.Features.Citations;
using PartnerTracker.Application.Features.Companies;
using PartnerTracker.Application.Features.Dashboard;
using PartnerTracker.Application.Features.Deals;
using PartnerTracker.Application.Features.Events;
using PartnerTracker.Application.Features.Network;
using PartnerTracker.Application.Features.People;
using PartnerTracker.Application.Features.Products;
using PartnerTracker.Application.Features.Sources;
using PartnerTracker.Application.Features.Timelines;

namespace PartnerTracker.Application;

public static class ServiceCollectionExtensions
{
    public static IServiceCollection AddPartnerTrackerApplication(this IServiceCollection services)
    {
        services.AddAutoMapper(_ => { }, typeof(ServiceCollectionExtensions).Assembly);
        services.AddScoped<DashboardService>();
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
        services.AddScoped<NetworkService>();
        services.AddScoped<TimelinesService>();

        // "This quarter" on the what-changed page; tests replace the clock.
        services.TryAddSingleton(TimeProvider.System);
        return services;
    }
}

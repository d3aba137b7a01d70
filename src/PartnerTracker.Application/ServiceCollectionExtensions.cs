using Microsoft.Extensions.DependencyInjection;
using PartnerTracker.Application.Features.Dashboard;
using PartnerTracker.Application.Features.Deals;

namespace PartnerTracker.Application;

public static class ServiceCollectionExtensions
{
    public static IServiceCollection AddPartnerTrackerApplication(this IServiceCollection services)
    {
        services.AddAutoMapper(_ => { }, typeof(ServiceCollectionExtensions).Assembly);
        services.AddScoped<DealsService>();
        services.AddScoped<DashboardService>();
        return services;
    }
}

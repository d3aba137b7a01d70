using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace PartnerTracker.Data;

public static class ServiceCollectionExtensions
{
    /// <summary>The one place that picks the database provider (docs/adr/0002-two-providers-and-sql-server-without-a-server.md).</summary>
    public static IServiceCollection AddPartnerTrackerData(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var settings = DatabaseSettings.From(configuration, contentRoot);
        services.AddSingleton(settings);

        // Blazor Server circuits live long: features take the factory and use one short-lived context per operation.
        // Scoped, so that each context is built in the user's scope and its saves are audited as that user.
        services.AddDbContextFactory<PartnerTrackerDbContext>(
            options => options.UsePartnerTracker(settings.Provider, settings.ConnectionString), ServiceLifetime.Scoped);
        // The seed and every context date what they write by the registered clock (a test's fixed one, else the system's).
        services.TryAddSingleton(TimeProvider.System);
        services.AddTransient<DatabaseInitializer>();
        services.AddScoped<Leases.DatabaseLease>();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", timeout: DatabaseHealthCheck.Timeout);
        return services;
    }
}

/// <summary>Healthy when the database answers and no migration is pending; Unhealthy, within <see cref="Timeout"/>, when it does not.</summary>
internal sealed class DatabaseHealthCheck(IDbContextFactory<PartnerTrackerDbContext> contexts) : IHealthCheck
{
    /// <summary>
    /// How long the check waits for the database. A load balancer's probe gives up after a few seconds; without a
    /// bound a locked SQLite file is retried for the full 30-second command timeout and a stalled SQL Server for
    /// its connect timeout, so the probe would time out instead of reading "Unhealthy".
    /// </summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);

            // SQLite's only sign of a file it cannot read (locked by another process) is "busy", which it retries
            // until the command timeout; its CanConnect only asks whether the file exists, so the migrations query
            // is the one that reads and must be bounded.
            db.Database.SetCommandTimeout(Timeout);
            if (!await db.Database.CanConnectAsync(cancellationToken))
            {
                return HealthCheckResult.Unhealthy("The database cannot be reached.");
            }

            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            return pending.Count == 0
                ? HealthCheckResult.Healthy($"{db.Database.ProviderName}: connected, schema up to date.")
                : HealthCheckResult.Degraded($"{pending.Count} migration(s) pending: {string.Join(", ", pending)}.");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The exception's type only: connection strings and server names stay out of a public endpoint.
            return HealthCheckResult.Unhealthy($"Database check failed ({ex.GetType().Name}).");
        }
    }
}

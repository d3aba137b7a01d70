using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using PartnerTracker.Application;
using PartnerTracker.Application.Common;
using PartnerTracker.Application.Features.Dashboard;
using PartnerTracker.Application.Features.Deals;
using PartnerTracker.Data;
using PartnerTracker.Domain;
using PartnerTracker.TestSupport;
using PartnerTracker.Web.Services;

namespace PartnerTracker.Web.Tests.Dashboard;

/// <summary>The background warmer keeps the unfiltered dashboard computed, and computes it again after a save.</summary>
public sealed class DashboardWarmerTests : IAsyncLifetime
{
    private SqliteTestDatabase database = null!;
    private ServiceProvider services = null!;

    private static CancellationToken Cancel => Xunit.TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        database = await SqliteTestDatabase.CreateAsync();
        var collection = new ServiceCollection();
        collection.AddLogging();
        collection.AddSingleton<IDbContextFactory<PartnerTrackerDbContext>>(database);
        collection.AddPartnerTrackerApplication();
        collection.AddScoped<ICurrentUser>(_ => new TestUser());
        services = collection.BuildServiceProvider();
    }

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        await database.DisposeAsync();
    }

    [Fact]
    public async Task Keeps_the_unfiltered_dashboard_computed_and_computes_it_again_after_a_save()
    {
        using var warmer = new DashboardWarmer(services.GetRequiredService<IServiceScopeFactory>(), NullLogger<DashboardWarmer>.Instance, TimeProvider.System);
        await warmer.StartAsync(Cancel);
        var before = await KeptAsync();

        var analyst = new TestUser();
        var saved = await new DealEditor(database.As(analyst), analyst, TimeProvider.System).CreateAsync(new DealEditModel
        {
            Name = "Warmed partnership",
            Kind = DealKind.StrategicPartnership,
            Stage = DealStage.Announced,
            Verification = Verification.Confirmed,
        }, Cancel);
        Assert.IsType<CommandResult.Saved>(saved);

        // Other tests save in parallel, which also moves the version; what matters is that the new deal is counted.
        var after = await KeptAsync(d => d.Totals.DealCount > before.Totals.DealCount);
        Assert.Equal(before.Totals.DealCount + 1, after.Totals.DealCount);
        await warmer.StopAsync(Cancel);
    }

    /// <summary>Waits (generously: these machines are shared) until the warmer has kept figures that satisfy <paramref name="ready"/>.</summary>
    private async Task<DashboardData> KeptAsync(Func<DashboardData, bool>? ready = null)
    {
        using var patience = CancellationTokenSource.CreateLinkedTokenSource(Cancel);
        patience.CancelAfter(TimeSpan.FromMinutes(1));
        while (true)
        {
            await using var scope = services.CreateAsyncScope();
            var cache = scope.ServiceProvider.GetRequiredService<DashboardCache>();
            if (await cache.HasAsync(DealFilter.None, patience.Token) && await cache.GetAsync(DealFilter.None, patience.Token) is var kept && (ready?.Invoke(kept) ?? true))
            {
                return kept;
            }

            await Task.Delay(100, patience.Token);
        }
    }
}

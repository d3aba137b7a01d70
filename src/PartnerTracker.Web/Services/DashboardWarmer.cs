using PartnerTracker.Application.Features.Dashboard;
using PartnerTracker.Application.Features.Deals;
using PartnerTracker.Web.Components.Pages.Dashboard;

namespace PartnerTracker.Web.Services;

/// <summary>
/// Keeps the unfiltered dashboard — the page managers open first — computed and drawn: at start, after every change
/// of the record by any app instance (once the saves have paused for a moment), and before its figures expire. A visit
/// then renders from kept figures; a filtered view is computed on first use and kept the same way.
/// </summary>
/// <remarks>
/// Every instance runs one, on purpose: each keeps its figures in its own memory, so each warms its own
/// (docs/adr/0010-shared-state-lives-in-the-database.md). It learns of saves by reading the database's
/// <see cref="RecordVersion"/> every <see cref="Poll"/> — one seek to the end of a primary key — because a save on
/// another instance raises nothing in this process.
/// </remarks>
public sealed class DashboardWarmer(IServiceScopeFactory scopes, ILogger<DashboardWarmer> logger, TimeProvider clock) : BackgroundService
{
    public static readonly TimeSpan Poll = TimeSpan.FromSeconds(1);

    private static readonly TimeSpan Pause = TimeSpan.FromSeconds(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        long? warmed = null;
        var warmedAt = DateTimeOffset.MinValue;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                var version = await ReadVersionAsync(stoppingToken);
                var expiring = clock.GetUtcNow() - warmedAt >= DashboardCache.Lifetime - Pause;
                if (version is not null && (version != warmed || expiring))
                {
                    // A burst of saves (an import, an analyst working through a story) warms once, after it.
                    if (warmed is not null && !expiring)
                    {
                        await Task.Delay(Pause, clock, stoppingToken);
                        version = await ReadVersionAsync(stoppingToken);
                    }

                    if (await WarmAsync(stoppingToken))
                    {
                        (warmed, warmedAt) = (version, clock.GetUtcNow());
                    }
                }

                await Task.Delay(Poll, clock, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task<long?> ReadVersionAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<RecordVersion>().ReadAsync(stoppingToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The database is away for a moment: nothing to warm from; try again at the next poll.
            logger.LogDebug(ex, "Could not read the record's version.");
            return null;
        }
    }

    private async Task<bool> WarmAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var figures = await scope.ServiceProvider.GetRequiredService<DashboardCache>().GetAsync(DealFilter.None, stoppingToken);
            if (scope.ServiceProvider.GetService<DashboardMarkup>() is { } markup)
            {
                await markup.GetAsync(figures, DealFilter.None);
            }

            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A failed warm-up costs a visitor the wait, nothing else; the page computes the figures itself.
            logger.LogWarning(ex, "Could not precompute the dashboard.");
            return false;
        }
    }
}

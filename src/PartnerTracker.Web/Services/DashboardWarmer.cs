using PartnerTracker.Application.Features.Dashboard;
using PartnerTracker.Application.Features.Deals;
using PartnerTracker.Data.Auditing;

namespace PartnerTracker.Web.Services;

/// <summary>
/// Keeps the unfiltered dashboard — the page managers open first — computed: at start, after every change of the
/// record (once the saves have paused for a moment), and before its figures expire. A visit then renders from kept
/// figures; a filtered view is computed on first use and kept the same way.
/// </summary>
public sealed class DashboardWarmer(IServiceScopeFactory scopes, ILogger<DashboardWarmer> logger) : BackgroundService
{
    private static readonly TimeSpan Pause = TimeSpan.FromSeconds(2);

    private readonly SemaphoreSlim changed = new(0);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        RecordChanges.Changed += Signal;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await WarmAsync(stoppingToken);

                // Wake on a change (then wait for the saves to pause), or shortly before the kept figures expire.
                if (await changed.WaitAsync(DashboardCache.Lifetime - Pause, stoppingToken))
                {
                    await Task.Delay(Pause, stoppingToken);
                    while (changed.Wait(0))
                    {
                    }
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            RecordChanges.Changed -= Signal;
        }
    }

    private void Signal() => changed.Release();

    private async Task WarmAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DashboardCache>().GetAsync(DealFilter.None, stoppingToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A failed warm-up costs a visitor the wait, nothing else; the page computes the figures itself.
            logger.LogWarning(ex, "Could not precompute the dashboard.");
        }
    }
}

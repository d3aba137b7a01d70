using System.Text.Json;
using Microsoft.Extensions.Caching.Memory;
using PartnerTracker.Application.Features.Deals;

namespace PartnerTracker.Application.Features.Dashboard;

/// <summary>
/// The dashboard's figures per filter, kept until the record changes. Every figure aggregates the whole filtered
/// record; at 100,000 deals that takes over a second on SQLite however the SQL is shaped (docs/benchmarks.md), so
/// the page reads figures computed once per change instead of once per visit. A save by any app instance on the
/// database moves the <see cref="RecordVersion"/> and so retires every kept figure at the next read; entries also
/// expire after <see cref="Lifetime"/>, for the turn of a quarter.
/// </summary>
/// <param name="version">The record's version; the database's <see cref="RecordVersion"/> unless a test says otherwise.</param>
public sealed class DashboardCache(DashboardService figures, IMemoryCache cache, Func<CancellationToken, Task<long>> version)
{
    public DashboardCache(DashboardService figures, IMemoryCache cache, RecordVersion version)
        : this(figures, cache, version.ReadAsync)
    {
    }

    // Long enough that the warmer's refresh (1.5 s of queries at 100k deals) costs well under 1% of the machine while
    // nothing changes; short enough for the turn of a quarter.
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    /// <summary>True when the figures for this filter are ready to show without a query of the figures.</summary>
    public async Task<bool> HasAsync(DealFilter filter, CancellationToken cancellationToken = default) =>
        cache.TryGetValue(await KeyAsync(filter, cancellationToken), out _);

    public async Task<DashboardData> GetAsync(DealFilter filter, CancellationToken cancellationToken = default)
    {
        var key = await KeyAsync(filter, cancellationToken);
        if (cache.TryGetValue(key, out DashboardData? kept) && kept is not null)
        {
            return kept;
        }

        var data = await figures.GetAsync(filter, cancellationToken);
        cache.Set(key, data, Lifetime);
        return data;
    }

    // The version read before the figures: a save landing while they are computed retires them at once.
    private async Task<string> KeyAsync(DealFilter filter, CancellationToken cancellationToken) =>
        $"dashboard:{await version(cancellationToken)}:{JsonSerializer.Serialize(filter)}";
}

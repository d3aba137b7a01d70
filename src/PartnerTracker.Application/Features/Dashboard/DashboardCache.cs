using System.Text.Json;
using Microsoft.Extensions.Caching.Memory;
using PartnerTracker.Application.Features.Deals;
using PartnerTracker.Data.Auditing;

namespace PartnerTracker.Application.Features.Dashboard;

/// <summary>
/// The dashboard's figures per filter, kept until the record changes. Every figure aggregates the whole filtered
/// record; at 100,000 deals that takes over a second on SQLite however the SQL is shaped (docs/benchmarks.md), so
/// the page reads figures computed once per change instead of once per visit. A save anywhere in this process
/// moves <see cref="RecordChanges.Version"/> and so retires every kept figure; entries also expire after
/// <see cref="Lifetime"/>, for saves made by another app instance and for the turn of a quarter.
/// </summary>
/// <param name="version">The record's version; <see cref="RecordChanges.Version"/> unless a test says otherwise.</param>
public sealed class DashboardCache(DashboardService figures, IMemoryCache cache, Func<long>? version = null)
{
    private readonly Func<long> version = version ?? (() => RecordChanges.Version);

    // Long enough that the warmer's refresh (1.5 s of queries at 100k deals) costs well under 1% of the machine while
    // nothing changes; short enough for another instance's saves and the turn of a quarter.
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    /// <summary>True when the figures for this filter are ready to show without a query.</summary>
    public bool Has(DealFilter filter) => cache.TryGetValue(Key(filter), out _);

    public async Task<DashboardData> GetAsync(DealFilter filter, CancellationToken cancellationToken = default)
    {
        var key = Key(filter);
        if (cache.TryGetValue(key, out DashboardData? kept) && kept is not null)
        {
            return kept;
        }

        var data = await figures.GetAsync(filter, cancellationToken);
        cache.Set(key, data, Lifetime);
        return data;
    }

    // The version read before the figures: a save landing while they are computed retires them at once.
    private string Key(DealFilter filter) => $"dashboard:{version()}:{JsonSerializer.Serialize(filter)}";
}
